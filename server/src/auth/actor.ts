import { ProblemError } from '../http/errors.js';

export type StaffRole = 'agent' | 'admin';

/** Who is asking. Resolved once per request by `resolveActor`; every route decides from this alone. */
export type Actor =
  | {
      kind: 'staff';
      userId: string;
      email: string;
      name: string;
      role: StaffRole;
      locale: string;
      /** Cookie sessions need a CSRF token on writes; bearer tokens do not (a browser never sends them by itself). */
      via: 'session' | 'token';
      sessionId?: string;
    }
  /** Holder of one ticket's private tracking link. */
  | { kind: 'ticket-link'; ticketId: string }
  /** Holder of a magic link: every ticket filed from one e-mail address. */
  | { kind: 'requester'; email: string }
  /**
   * A trainee signed in with an e-mailed link. Reaches only the trainee's own training routes: no ticket, no staff
   * or admin route (the role matrix holds it to that).
   */
  | {
      kind: 'trainee';
      traineeId: string;
      cohortId: string;
      email: string;
      name: string;
      track: 'developer' | 'operator' | 'business';
      locale: string;
      invitedAt: Date;
      sessionId: string;
    }
  | { kind: 'anonymous' };

export type StaffActor = Extract<Actor, { kind: 'staff' }>;
export type TraineeActor = Extract<Actor, { kind: 'trainee' }>;

export function traineeOf(actor: Actor): TraineeActor {
  if (actor.kind === 'trainee') return actor;
  throw new ProblemError(actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden');
}

declare global {
  namespace Express {
    interface Request {
      actor: Actor;
    }
  }
}

export function staffOf(actor: Actor): StaffActor {
  if (actor.kind === 'staff') return actor;
  throw new ProblemError(actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden');
}

/**
 * Changes that grant power (a new account, a new role, a dormant account back to life) need a password-signed
 * session: a leaked API token must not be able to create an account that outlives the token's revocation.
 */
export function assertSignedInAdmin(actor: Actor, what: string): StaffActor {
  const staff = staffOf(actor);
  if (staff.role !== 'admin') throw new ProblemError('forbidden', { detail: 'Administrators only.' });
  if (staff.via !== 'session') {
    throw new ProblemError('forbidden', { detail: `${what} needs an administrator signed in to the console, not an API token.` });
  }
  return staff;
}
