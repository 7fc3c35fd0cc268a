import { staffOf, type Actor, type StaffActor } from '../auth/actor.js';
import { ProblemError, problemTypes } from '../http/errors.js';
import type { RequestedChange } from './changes.js';
import { decodeQueueCursor, encodeQueueCursor, keyOf, type QueueKey } from './cursor.js';
import { formatTicketNumber, parseTicketNumber } from './number.js';
import type { QueueRepository, QueueFilter, QueueRecord } from './queue-repository.js';
import { toQueueItem, toRequesterTicket, type BulkOutcome, type BulkResult, type QueuePage, type RequesterPage, type StatusCounts } from './queue-views.js';
import { maxTagsPerTicket, type BulkUpdateInput, type PageQueryInput, type QueueFilters, type QueueSort } from './schemas.js';
import type { PresenceService } from './presence.js';
import type { TicketService } from './service.js';

/** Many tickets at once: the staff queue and its counts, a requester's own list, and bulk changes. */
export class QueueService {
  private readonly queue: QueueRepository;

  constructor(
    queue: QueueRepository,
    private readonly tickets: TicketService,
    private readonly presence: PresenceService,
    /** The search engine's ticket ids for the free-text filter, best first. */
    private readonly matchText: (text: string) => Promise<string[]>,
    private readonly now: () => Date,
  ) {
    this.queue = queue;
  }

  /** One page of the queue, each row saying who else is on the ticket and whether it changed since this member saw it. */
  async listQueue(actor: Actor, query: QueueFilters & PageQueryInput & { sort: QueueSort }): Promise<QueuePage> {
    const staff = staffOf(actor);
    const { rows, nextCursor } = await this.page(await this.filterOf(query, staff), query.sort, query, (...args) => this.queue.staffPage(...args, staff.userId));
    const present = await this.presence.onTickets(rows.map((row) => row.id), staff.userId);
    const now = this.now();
    return { items: rows.map((row) => toQueueItem(row, present.get(row.id) ?? [], now)), nextCursor };
  }

  /** How many tickets each status tab holds under the other filters. */
  async countByStatus(actor: Actor, query: QueueFilters): Promise<StatusCounts> {
    const staff = staffOf(actor);
    const counts = await this.queue.countByStatus(await this.filterOf({ ...query, status: undefined }, staff));
    return { ...counts, total: Object.values(counts).reduce((sum, count) => sum + count, 0) };
  }

  /** Every ticket filed from the magic link's address, most recently updated first. */
  async listRequesterTickets(actor: Actor, query: PageQueryInput): Promise<RequesterPage> {
    if (actor.kind !== 'requester') {
      throw new ProblemError(actor.kind === 'anonymous' ? 'unauthenticated' : 'forbidden', {
        detail: 'Open the link e-mailed to you from "my tickets" to list your tickets.',
      });
    }
    const { rows, nextCursor } = await this.page({ requesterEmail: actor.email }, 'updated', query, (...args) => this.queue.page(...args));
    return { items: rows.map(toRequesterTicket), nextCursor };
  }

  /**
   * Applies one status, assignee, priority and/or tag change to many tickets. Each ticket changes on its own,
   * through the workflow and with its own events; one ticket's refusal is reported beside the others' success
   * instead of undoing them.
   */
  async bulkUpdate(actor: Actor, input: BulkUpdateInput): Promise<BulkResult> {
    staffOf(actor);
    const assignee = await this.tickets.resolveAssignee(input.assigneeId);
    const references = new Map<string, number | null>();
    for (const raw of input.numbers) {
      const number = parseTicketNumber(String(raw));
      references.set(number === null ? String(raw) : formatTicketNumber(number), number);
    }
    const numbers = [...references.values()].filter((n): n is number => n !== null);
    const found = new Map((await this.tickets.tickets.findByNumbers(numbers)).map((ticket) => [ticket.number, ticket]));

    const results: BulkOutcome[] = [];
    for (const [label, number] of references) {
      const ticket = number === null ? undefined : found.get(number);
      if (!ticket) {
        results.push({ number: label, ok: false, code: 'not_found', detail: 'There is no ticket with this number.' });
        continue;
      }
      const tags = input.tags ? withTagChanges(ticket.tags, input.tags) : undefined;
      if (tags && tags.length > maxTagsPerTicket) {
        const detail = `It would have ${tags.length} tags; a ticket keeps at most ${maxTagsPerTicket}.`;
        results.push({ number: label, ok: false, code: 'validation_failed', detail });
        continue;
      }
      try {
        const requested: RequestedChange = {
          ...(input.status ? { status: input.status } : {}),
          ...(assignee !== undefined ? { assignee } : {}),
          ...(input.priority ? { priority: input.priority } : {}),
          ...(tags ? { tags } : {}),
        };
        const after = await this.tickets.changeTicket(ticket, requested, actor, { source: 'bulk' });
        results.push({ number: label, ok: true, ...after });
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
        results.push({ number: label, ok: false, code: error.code, detail: error.detail ?? problemTypes[error.code].title.en });
      }
    }
    const succeeded = results.filter((result) => result.ok).length;
    return { results, succeeded, failed: results.length - succeeded };
  }

  /** The queue filter of a query; free text becomes the ids the search engine finds (not a substring scan). */
  private async filterOf(query: QueueFilters, staff: StaffActor): Promise<QueueFilter> {
    const filter = filterOf(query, staff);
    return query.q ? { ...filter, ids: await this.matchText(query.q) } : filter;
  }

  private async page<R extends QueueRecord>(
    filter: QueueFilter,
    sort: QueueSort,
    { limit, cursor }: PageQueryInput,
    read: (filter: QueueFilter, sort: QueueSort, after: QueueKey | null, take: number) => Promise<R[]>,
  ): Promise<{ rows: R[]; nextCursor: string | null }> {
    const after = cursor ? decodeQueueCursor(cursor, sort) : null;
    // One row more than asked tells whether another page exists without counting.
    const rows = await read(filter, sort, after, limit + 1);
    const shown = rows.slice(0, limit);
    const last = shown.at(-1);
    return { rows: shown, nextCursor: rows.length > limit && last ? encodeQueueCursor(keyOf(last, sort)) : null };
  }
}

/** The ticket's tags without the removed ones, then the added ones it lacks: its own order is kept. */
function withTagChanges(current: string[], changes: NonNullable<BulkUpdateInput['tags']>): string[] {
  const kept = current.filter((tag) => !changes.remove?.includes(tag));
  return [...kept, ...(changes.add ?? []).filter((tag) => !kept.includes(tag))];
}

function filterOf(query: QueueFilters, staff: StaffActor): QueueFilter {
  return {
    statuses: query.status,
    priorities: query.priority,
    assigneeId: query.assignee === undefined ? undefined : query.assignee === 'me' ? staff.userId : query.assignee === 'unassigned' ? null : query.assignee,
    category: query.category,
    tag: query.tag,
    requesterEmail: query.requester,
  };
}
