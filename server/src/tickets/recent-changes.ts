import { z } from 'zod';
import { CursorTime, decodeCursor, encodeCursor } from '../http/cursor.js';
import { ProblemError } from '../http/errors.js';
import type { ChangesPage, TicketChangedEvent } from './live.js';
import type { ChangedTicket, LiveRepository } from './live-repository.js';
import { formatTicketNumber } from './number.js';

/**
 * How long a change may take from reading its clock (`at`, which becomes the ticket's `updated_at`) to its commit:
 * waiting for a connection (10 s) and the transaction's timeout (60 s), with room for replicas' clocks that
 * disagree a little. A poll can only be sure it has seen every change older than this.
 */
export const commitWindowMs = 90_000;
const maxListed = 100;

const Encoded = z.tuple([z.literal('c'), CursorTime]);

export function toTicketChangedEvent(row: ChangedTicket): TicketChangedEvent {
  return { number: formatTicketNumber(row.number), version: row.version, status: row.status, updatedAt: row.updatedAt.toISOString() };
}

/**
 * The polling side of live updates: the tickets changed since a cursor. The cursor never moves past the commit
 * window, so a change that commits late (a long transaction, a replica whose clock is behind) is still found; the
 * price is that a change is listed again by the polls of the next 90 seconds.
 */
export class RecentChanges {
  constructor(private readonly deps: { live: LiveRepository; now: () => Date }) {}

  /** A cursor from which the next poll misses nothing that has not committed yet. */
  cursorNow(): string {
    return encodeCursor(['c', this.settled().toISOString()]);
  }

  /** Without a cursor, the changes of the commit window (a client starting out loads the queue anyway). */
  async since(cursor: string | undefined, field = 'since'): Promise<ChangesPage> {
    const settled = this.settled();
    const from = cursor ? new Date(decodeCursor(cursor, Encoded, field)[1]) : settled;
    const rows = await this.deps.live.changedAfter(from, maxListed + 1);
    const next = from > settled ? from : settled;
    return {
      changes: rows.slice(0, maxListed).map(toTicketChangedEvent),
      cursor: encodeCursor(['c', next.toISOString()]),
      more: rows.length > maxListed,
    };
  }

  /** The changes a reconnecting stream missed, from its Last-Event-ID; null when it sent none of ours. */
  async replay(lastEventId: string | undefined): Promise<ChangesPage | null> {
    if (!lastEventId) return null;
    try {
      return await this.since(lastEventId, 'Last-Event-ID');
    } catch (error) {
      if (error instanceof ProblemError) return null; // not a cursor of ours: start from now, as a new stream does
      throw error;
    }
  }

  private settled(): Date {
    return new Date(this.deps.now().getTime() - commitWindowMs);
  }
}
