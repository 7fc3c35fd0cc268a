import type { EventEmitter } from 'node:events';
import type { Logger } from './logger.js';

export type GuardOptions = {
  /** Called once when errors come too fast to keep serving: the process should shut down and be restarted. */
  onFatal: () => void;
  /** More uncaught errors than this within `windowMs` means something is broken for good. */
  burst?: number;
  windowMs?: number;
  now?: () => number;
};

/**
 * The last line of defence for errors no code path caught (an 'error' event nobody listened to, a promise
 * nobody awaited). One of them is logged and the process keeps serving: every request's state lives in the
 * database, so an error in one request's stream leaves the others sound, and exiting would let one malformed
 * request take the service down. A burst of them means the process itself is broken: it is then shut down
 * (gracefully, through `onFatal`) so the supervisor starts a fresh one.
 */
export function guardProcess(target: EventEmitter, logger: Logger, options: GuardOptions): () => void {
  const burst = options.burst ?? 10;
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? Date.now;
  const recent: number[] = [];
  let fatal = false;

  const record = (kind: 'uncaught exception' | 'unhandled rejection', error: unknown) => {
    const at = now();
    recent.push(at);
    while (recent.length > 0 && recent[0]! <= at - windowMs) recent.shift();
    logger.error({ err: error instanceof Error ? error : new Error(String(error)) }, `${kind}; still serving`);
    if (!fatal && recent.length > burst) {
      fatal = true;
      logger.fatal({ errors: recent.length, windowMs }, 'too many uncaught errors; shutting down so a fresh process takes over');
      options.onFatal();
    }
  };
  const onException = (error: unknown) => record('uncaught exception', error);
  const onRejection = (error: unknown) => record('unhandled rejection', error);
  target.on('uncaughtException', onException);
  target.on('unhandledRejection', onRejection);
  return () => {
    target.off('uncaughtException', onException);
    target.off('unhandledRejection', onRejection);
  };
}
