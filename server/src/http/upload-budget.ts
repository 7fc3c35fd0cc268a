import { ProblemError } from '../http/errors.js';

/**
 * How many bytes of uploads this process holds in memory at once, across all requests. Each request reserves
 * its bytes as they arrive and gives them back when it ends; a request that would pass the budget is stopped at
 * once with 503 and Retry-After, so a burst of large uploads slows callers down instead of exhausting memory.
 * Per process on purpose: it protects this process's memory, and each replica has its own.
 */
export class UploadBudget {
  private used = 0;

  constructor(readonly maxBytes: number) {}

  /** Reserves `bytes`; false (and nothing reserved) when that would pass the budget. */
  tryReserve(bytes: number): boolean {
    if (this.used + bytes > this.maxBytes) return false;
    this.used += bytes;
    return true;
  }

  release(bytes: number): void {
    this.used = Math.max(0, this.used - bytes);
  }

  get inUse(): number {
    return this.used;
  }
}

/** Seconds a caller is told to wait when the budget is spent: long enough for an upload in flight to finish. */
export const budgetRetryAfterSeconds = 10;

export function uploadBudgetSpent(): ProblemError {
  return new ProblemError('server_busy', {
    detail: `The server is receiving too many files at once. Try again in ${budgetRetryAfterSeconds} seconds.`,
    headers: { 'Retry-After': String(budgetRetryAfterSeconds) },
  });
}
