import type { TicketSubscriber } from '../tickets/pipeline.js';
import type { IndexPosition } from './documents.js';
import { IndexChangeRepository } from './index-change-repository.js';
import { normaliseQuery, SearchStatsRepository } from './stats-repository.js';

/** Changes are kept this long; a consumer that was away longer rebuilds the tickets instead of catching up. */
export const indexChangeRetentionMs = 7 * 86_400_000;

export const startPosition = (): IndexPosition => ({ txId: 0n, changeId: 0n, appliedAt: new Date(0) });

/**
 * Search indexing as a subscriber of the ticket change pipeline: one row per change, in the change's transaction,
 * so the index hears of exactly the changes that commit. The row only names the ticket; the consumer reads the
 * ticket as it then is, so applying a row twice or out of date does no harm.
 */
export function searchSubscriber(): TicketSubscriber {
  return {
    name: 'search indexing',
    async onTicketChange(tx, change) {
      await new IndexChangeRepository(tx).record(change.ticket.id);
      // Filed after the portal's suggestions: the subject counts as a portal search for the report, found or not.
      const suggestions = change.source === 'filed' ? change.ticket.filingSuggestions : null;
      if (Array.isArray(suggestions)) {
        const zero = suggestions.length === 0 ? 1 : 0;
        await new SearchStatsRepository(tx).add(change.at, 'portal', change.ticket.requesterLocale, normaliseQuery(change.ticket.subject), { searches: 1, zeroResults: zero });
      }
    },
  };
}
