import type { Database } from '../db/database.js';
import { migrationStatus, type Migration } from '../db/migrations.js';
import { ProblemError } from '../http/errors.js';

export type Readiness = { status: 'ready'; database: 'ok'; migrations: { applied: number; pending: 0 } };

/** Ready means: the database answers, and every committed migration is applied. */
export async function checkReadiness(db: Database, migrations: Migration[]): Promise<Readiness> {
  let status;
  try {
    status = await migrationStatus(db, migrations);
  } catch (error) {
    throw new ProblemError('not_ready', { detail: 'The database is unreachable.', cause: error });
  }
  if (status.pending.length > 0) {
    throw new ProblemError('not_ready', { detail: `Migrations not applied: ${status.pending.join(', ')}` });
  }
  return { status: 'ready', database: 'ok', migrations: { applied: status.applied, pending: 0 } };
}
