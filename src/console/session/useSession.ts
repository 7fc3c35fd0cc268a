import {createContext, useContext} from 'react';
import type {Answer} from '@site/src/api/types';

export type SignedInUser = Answer<'getMe'>['user'];
export type Session = {user: SignedInUser; signOut: () => Promise<void>};

export const SessionContext = createContext<Session | null>(null);

/** The signed-in staff member; only rendered inside <ConsoleSession>, which shows sign-in until there is one. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside <ConsoleSession>');
  return session;
}
