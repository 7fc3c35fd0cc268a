/**
 * Every bearer secret starts with a prefix naming its kind, so one `Authorization: Bearer` header serves staff
 * integrations, tracking links and magic links, and a leaked token is recognisable by secret scanners.
 */
export const tokenPrefixes = {
  apiToken: 'hop_',
  trackingLink: 'hot_',
  magicLink: 'hom_',
  /** One-click "stop e-mails of this kind" in a staff e-mail. */
  unsubscribeLink: 'hou_',
  /** "This address is mine": confirms the requester of a P1 so that the on-call list is paged. */
  addressConfirmation: 'hoc_',
  /** A trainee's single-use sign-in link (invitation or "e-mail me a link"). */
  traineeLink: 'hol_',
  /** Confirms a reader's subscription to docs digests (double opt-in). */
  docsSubscription: 'hod_',
} as const;

export const sessionCookie = 'ho_session';
/** A trainee's session: scoped by its path to the trainee's own routes, so it never stands in for a staff session. */
export const traineeCookie = 'ho_trainee';
export const traineeCookiePath = '/api/v1/training/me';
export const csrfHeader = 'x-csrf-token';
