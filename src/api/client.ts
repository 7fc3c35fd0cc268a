import createClient from 'openapi-fetch';
import {ApiError, problemFrom, unreachable} from './problem';
import type {paths} from './schema';

/**
 * The one client of the support API, typed from static/openapi.json (npm run api:generate). Answers come in the
 * reader's language: the page's `lang` is the site's locale.
 */
export const api = createClient<paths>({baseUrl: '/api/v1'});

let csrfToken: string | null = null;
/** The staff session's CSRF token (from sign-in or GET /auth/me), sent with every write the cookie authorises. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}
export const currentCsrfToken = () => csrfToken;

api.use({
  onRequest({request}) {
    request.headers.set('Accept-Language', document.documentElement.lang || 'zh-Hans');
    // A call that names its own token (the trainee's session has one of its own) keeps it.
    const own = request.headers.has('Authorization') || request.headers.has('X-CSRF-Token');
    if (csrfToken && request.method !== 'GET' && request.method !== 'HEAD' && !own) {
      request.headers.set('X-CSRF-Token', csrfToken);
    }
    return request;
  },
});

/** A ticket's tracking token or a magic link travels as a bearer token, never in a URL the server logs. */
export const bearer = (token: string) => ({headers: {Authorization: `Bearer ${token}`}});

type Result<T> = {data?: T; error?: unknown; response: Response};

/**
 * Awaits a call and returns its data, or throws an ApiError: a network failure or a non-JSON answer (a static
 * host without the server) is `unreachable`; anything else is the server's problem+json.
 */
export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await pending;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    // A success answer that is not JSON is a static host's own page: the server is not there (not a network failure).
    if (error instanceof SyntaxError) throw new ApiError('unreachable', 200);
    throw unreachable(); // fetch itself failed
  }
  const {data, error, response} = result;
  if (!response.ok) throw problemFrom(response, error);
  // No content (204), or accepted with an empty body (202, e.g. an e-mail queued), is an answer without JSON.
  const empty = response.status === 204 || (response.status === 202 && response.headers.get('content-length') === '0');
  if (!/json/i.test(response.headers.get('content-type') ?? '') && !empty) throw new ApiError('unreachable', response.status);
  return data as T;
}
