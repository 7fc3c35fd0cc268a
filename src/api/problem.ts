/** A field the server blamed, as problem+json lists it. */
export type FieldError = {field: string; code: string; message: string};

type ProblemBody = {type?: string; title?: string; status?: number; code?: string; detail?: string; errors?: FieldError[]; requestId?: string};

/**
 * Why a call to the support server failed. `unreachable` covers a network failure and a site served without the
 * server (a static host answers /api with its own 404 page, not problem+json); everything else is the server's
 * problem+json, with its stable code, the fields at fault and, on 429/503, when to try again.
 */
export class ApiError extends Error {
  readonly kind: 'problem' | 'unreachable';
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly errors: FieldError[];
  readonly retryAfterSeconds: number | null;
  readonly requestId: string | null;

  constructor(kind: 'problem' | 'unreachable', status: number, body: ProblemBody = {}, retryAfter: string | null = null) {
    super(body.title ?? (kind === 'unreachable' ? 'The support server cannot be reached' : `HTTP ${status}`));
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.code = body.code ?? (kind === 'unreachable' ? 'unreachable' : 'unknown');
    this.title = body.title ?? this.message;
    this.errors = body.errors ?? [];
    this.requestId = body.requestId ?? null;
    const seconds = retryAfter === null ? NaN : Number(retryAfter);
    this.retryAfterSeconds = Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
  }
}

const isProblem = (contentType: string | null) => /application\/(problem\+)?json/i.test(contentType ?? '');

/** Turns a failed answer into an ApiError; `body` is the parsed JSON when the server sent JSON. */
export function problemFrom(response: Response, body: unknown): ApiError {
  if (!isProblem(response.headers.get('content-type')) || typeof body !== 'object' || body === null || !('code' in body)) {
    return new ApiError('unreachable', response.status);
  }
  return new ApiError('problem', response.status, body as ProblemBody, response.headers.get('retry-after'));
}

export const unreachable = () => new ApiError('unreachable', 0);
