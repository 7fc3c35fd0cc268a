import path from 'node:path';
import type { Config } from '../config.js';
import type { DatabaseTarget } from './database.js';

/** Which database the configuration names: PostgreSQL with DATABASE_URL, else the embedded PGlite in DATA_DIR. */
export function databaseTarget(config: Pick<Config, 'databaseUrl' | 'databasePoolSize' | 'dataDir'>): DatabaseTarget {
  return config.databaseUrl
    ? { kind: 'postgresql', url: config.databaseUrl, poolSize: config.databasePoolSize }
    : { kind: 'pglite', directory: path.join(config.dataDir, 'pglite') };
}
