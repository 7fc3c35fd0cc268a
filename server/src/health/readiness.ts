import type { Database } from '../db/database.js';
import { migrationStatus, type Migration } from '../db/migrations.js';
import { ProblemError } from '../http/errors.js';

export type SearchReadiness = {
  engine: 'embedded' | 'meilisearch';
  /** `ok`; `starting` while the index is first built; `unavailable` when Meilisearch does not answer. */
  status: 'ok' | 'starting' | 'unavailable';
  documents?: number;
  /** Index changes committed but not yet applied by this replica's consumer, and the age of the oldest. */
  lag?: { changes: number; oldestSeconds: number };
  detail?: string;
};

/** Whether the business calendars SLA policies count on know their holidays far enough ahead. */
export type SlaReadiness = {
  /** `warning`: a calendar's coverage ends within 60 days or has ended; the service is ready all the same. */
  status: 'ok' | 'warning';
  calendars: { id: string; coverageEnds: string | null; daysLeft: number | null; warn: boolean }[];
  detail?: string;
};

export type Readiness = {
  /** `degraded`: the service answers and takes tickets, but search does not work (Meilisearch unreachable). */
  status: 'ready' | 'degraded';
  database: 'ok';
  migrations: { applied: number; pending: 0 };
  search?: SearchReadiness;
  sla?: SlaReadiness;
};

/** What /ready asks of search: its state, never a reason to take the replica out of service. */
export type SearchProbe = () => Promise<SearchReadiness>;
export type SlaProbe = () => Promise<SlaReadiness>;

/**
 * Ready means: the database answers, and every committed migration is applied. Search being down degrades the
 * answer (still 200) instead of failing it: filing tickets must keep working without it.
 */
export async function checkReadiness(db: Database, migrations: Migration[], probeSearch?: SearchProbe, probeSla?: SlaProbe): Promise<Readiness> {
  let status;
  try {
    status = await migrationStatus(db, migrations);
  } catch (error) {
    throw new ProblemError('not_ready', { detail: 'The database is unreachable.', cause: error });
  }
  if (status.pending.length > 0) {
    throw new ProblemError('not_ready', { detail: `Migrations not applied: ${status.pending.join(', ')}` });
  }
  const search = probeSearch ? await probeSearch() : undefined;
  // A calendar running out of holidays is a warning for operators, not a reason to take the replica out of service.
  const sla = probeSla ? await probeSla() : undefined;
  return {
    status: search?.status === 'unavailable' ? 'degraded' : 'ready',
    database: 'ok',
    migrations: { applied: status.applied, pending: 0 },
    ...(search ? { search } : {}),
    ...(sla ? { sla } : {}),
  };
}
