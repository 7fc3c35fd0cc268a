import { pino, type Logger } from 'pino';
import { redactedPaths } from '../../src/logger.js';

export type LogLine = Record<string, unknown> & { level: number; msg?: string };

/** A real pino logger (same redaction as production) whose lines the test can read back. */
export function captureLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = pino(
    { level: 'trace', redact: { paths: redactedPaths, censor: '[redacted]' } },
    { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) },
  );
  return { logger, lines };
}

export const silentLogger: Logger = pino({ level: 'silent' });
