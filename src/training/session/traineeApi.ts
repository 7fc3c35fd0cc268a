import {useQuery} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import type {Answer} from '@site/src/api/types';

export type MyTraining = Answer<'getMyTraining'>;
export type ItemState = MyTraining['items'][number];
export type OutlineWeek = MyTraining['outline'][number];
export type OutlineItem = OutlineWeek['items'][number];

export const myTrainingKey = ['training', 'me'] as const;

/**
 * "This browser signed in to the training": set on sign-in, cleared on sign-out or when the server says the
 * session ended. Pages ask the server who is signed in only when it is set, so a reader who never signed in
 * costs no request on every docs page.
 */
const hintKey = 'handover.training.signed-in';
export const signedInHint = {
  get: () => typeof window !== 'undefined' && window.localStorage.getItem(hintKey) === '1',
  set: () => window.localStorage.setItem(hintKey, '1'),
  clear: () => window.localStorage.removeItem(hintKey),
};

let csrfToken: string | null = null;
/** The trainee session's CSRF token, from GET /training/me, sent on the trainee's writes (not the staff one). */
export const traineeWrite = () => ({headers: {'X-CSRF-Token': csrfToken ?? ''}});

export async function fetchMyTraining(): Promise<MyTraining | null> {
  try {
    const me = await call(api.GET('/training/me'));
    csrfToken = me.csrfToken;
    return me;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
      signedInHint.clear();
      return null;
    }
    throw error;
  }
}

/** The signed-in trainee and their progress; null when nobody is signed in here. */
export function useMyTraining(options: {always?: boolean} = {}) {
  return useQuery({
    queryKey: myTrainingKey,
    queryFn: () => (options.always || signedInHint.get() ? fetchMyTraining() : Promise.resolve(null)),
    staleTime: 30_000,
  });
}

export async function signOutTrainee(): Promise<void> {
  await call(api.DELETE('/training/me/session', traineeWrite())).catch(() => undefined);
  signedInHint.clear();
  csrfToken = null;
}
