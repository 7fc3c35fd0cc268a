import { z } from 'zod';
import { staffOf, type Actor } from '../auth/actor.js';
import { findTicketForActor } from './access.js';
import type { PresenceRepository, PresenceRow } from './presence-repository.js';
import type { TicketRepository } from './repository.js';
import { PresenceStateSchema, type PresenceInput, type PresenceState } from './schemas.js';

/** A tab whose heartbeat (every ~20 s) has not come for this long has gone: a closed tab, a sleeping laptop. */
export const presenceTtlMs = 60_000;

export const PresentAgent = z.object({
  name: z.string(),
  state: PresenceStateSchema,
  since: z.iso.datetime().meta({ description: 'When they arrived, or began writing.', descriptionZh: '他们打开工单或开始撰写的时间。' }),
});
export const PresenceList = z.object({
  present: z.array(PresentAgent).meta({ description: 'The other staff members on this ticket now, one entry each however many tabs they have.', descriptionZh: '此刻在这个工单上的其他支持人员，无论打开多少个标签页，每人一项。' }),
});
export type PresenceList = z.infer<typeof PresenceList>;

/** A member's tabs on one ticket, as one entry: writing in any tab counts as writing, since the tab doing it. */
export function summarisePresence(rows: PresenceRow[]): { name: string; state: PresenceState; since: Date }[] {
  const byUser = new Map<string, { name: string; state: PresenceState; since: Date }>();
  for (const row of rows) {
    const seen = byUser.get(row.userId);
    if (!seen || (row.state === 'writing' && seen.state === 'viewing')) byUser.set(row.userId, { name: row.name, state: row.state, since: row.since });
  }
  return [...byUser.values()];
}

export type PresenceDeps = {
  presence: PresenceRepository;
  tickets: Pick<TicketRepository, 'findRef'>;
  /** Tells every replica's consoles that presence on a ticket changed (a NOTIFY). */
  announce: (number: number) => Promise<void>;
  now: () => Date;
};

/**
 * Who else is on a ticket: each console tab says every ~20 seconds that it is viewing or writing, and says goodbye
 * when it closes. Nothing is kept in memory, so every replica sees every tab; a tab that stops saying anything
 * drops out by itself after a minute.
 */
export class PresenceService {
  constructor(private readonly deps: PresenceDeps) {}

  /** The heartbeat: this tab is here, in this state. Answers with the others present, so it doubles as the poll. */
  async renew(actor: Actor, reference: string, input: PresenceInput): Promise<PresenceList> {
    const staff = staffOf(actor);
    const ticket = await findTicketForActor(this.deps.tickets, actor, reference);
    const at = this.deps.now();
    const restarted = await this.deps.presence.renew({ ticketId: ticket.id, userId: staff.userId, ...input }, at, this.freshAfter(at));
    if (restarted) await this.deps.announce(ticket.number);
    return this.listed(ticket.id, staff.userId, at);
  }

  /** The tab closed. Saying so twice, or after the row expired, is not an error. */
  async leave(actor: Actor, reference: string, tabId: string): Promise<void> {
    const staff = staffOf(actor);
    const ticket = await findTicketForActor(this.deps.tickets, actor, reference);
    if (await this.deps.presence.remove({ ticketId: ticket.id, userId: staff.userId, tabId })) await this.deps.announce(ticket.number);
  }

  async others(actor: Actor, reference: string): Promise<PresenceList> {
    const staff = staffOf(actor);
    const ticket = await findTicketForActor(this.deps.tickets, actor, reference);
    return this.listed(ticket.id, staff.userId, this.deps.now());
  }

  /** The other members on each of these tickets (the queue's page): one query however many tickets. */
  async onTickets(ticketIds: string[], viewerId: string): Promise<Map<string, { name: string; state: PresenceState }[]>> {
    const rows = await this.deps.presence.present(ticketIds, this.freshAfter(this.deps.now()), viewerId);
    const byTicket = new Map<string, PresenceRow[]>();
    for (const row of rows) byTicket.set(row.ticketId, [...(byTicket.get(row.ticketId) ?? []), row]);
    return new Map([...byTicket].map(([id, list]) => [id, summarisePresence(list).map(({ name, state }) => ({ name, state }))]));
  }

  /** Deletes the rows of tabs long gone (the hourly clean-up); they are ignored already, this keeps the table small. */
  sweep(): Promise<number> {
    return this.deps.presence.sweep(this.freshAfter(this.deps.now()));
  }

  private async listed(ticketId: string, viewerId: string, at: Date): Promise<PresenceList> {
    const rows = await this.deps.presence.present([ticketId], this.freshAfter(at), viewerId);
    return { present: summarisePresence(rows).map((p) => ({ ...p, since: p.since.toISOString() })) };
  }

  private freshAfter(at: Date): Date {
    return new Date(at.getTime() - presenceTtlMs);
  }
}
