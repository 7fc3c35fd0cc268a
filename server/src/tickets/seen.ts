import type { TransactionClient } from '../db/transaction.js';
import type { TicketChange, TicketSubscriber } from './pipeline.js';
import { SeenRepository } from './seen-repository.js';

/**
 * A staff member's own change does not make a ticket "changed since you last opened it" for them: it moves their
 * view along in the change's transaction, provided they were up to date before it.
 */
export function seenSubscriber(): TicketSubscriber {
  return {
    name: 'seen by its author',
    async onTicketChange(tx: TransactionClient, change: TicketChange): Promise<void> {
      const { actor, ticket } = change;
      if (actor === 'system' || actor.kind !== 'staff') return;
      await new SeenRepository(tx).followOwnChange(actor.userId, ticket.id, ticket.updatedAt, change.at, change.version);
    },
  };
}
