import { staffOf, type Actor } from '../auth/actor.js';
import { tokenPrefixes } from '../auth/tokens.js';
import type { Config } from '../config.js';
import { ProblemError } from '../http/errors.js';
import type { Logger } from '../logger.js';
import type { RateLimiter, RateLimitRule } from '../rate-limit/limiter.js';
import { hashToken, newSecretToken } from '../shared/tokens.js';
import { findTicketForActor, seesInternal } from './access.js';
import type { AssigneeRef, RequestedChange } from './changes.js';
import type { TicketEventType } from './events.js';
import { confirmAddressUrl, siteBase, trackingUrl } from './links.js';
import { formatTicketNumber } from './number.js';
import { TicketChanges, versionConflict, type ChangeSource } from './pipeline.js';
import { TicketRepository, type AlsoInTransaction, type EventRecord, type NewTicket, type TicketRecord } from './repository.js';
import type { SeenRepository } from './seen-repository.js';
import type { FileTicketInput, UpdateTicketInput } from './schemas.js';
import { toPublicTicket, toPublicTicketDetail, toStaffTicket, type FiledTicket, type PublicTicketDetail, type StaffTicket } from './views.js';
import { isReopen, type TicketPriority, type TicketStatus } from './workflow.js';

/** Generous for a person, tight for a script: a flood of tickets would bury the real ones in the queue. */
export const filingLimits = {
  perClient: { name: 'ticket-filing:ip', limit: 10, windowSeconds: 3600 },
  perRequester: { name: 'ticket-filing:email', limit: 5, windowSeconds: 3600 },
} satisfies Record<string, RateLimitRule>;

export type FilingOptions = {
  /** The caller's address, for the per-client rate limit. */
  clientIp?: string;
  /** `admitFiling` already ran for this submission (before its files were read): do not count it twice. */
  admitted?: boolean;
  /** Writes that must commit with the ticket, such as the files submitted with it. */
  alsoInTransaction?: AlsoInTransaction;
};

export type TicketView = StaffTicket | PublicTicketDetail;

export type TicketServiceDeps = {
  config: Pick<Config, 'publicUrl' | 'ticketCategories' | 'publicTags' | 'support'>;
  tickets: TicketRepository;
  changes: TicketChanges;
  seen: SeenRepository;
  limiter: RateLimiter;
  logger: Logger;
  now: () => Date;
};

/** The ticket's life: filing, reading, staff changes and the customer's confirmation or reopening. */
export class TicketService {
  readonly tickets: TicketRepository;

  constructor(private readonly deps: TicketServiceDeps) {
    this.tickets = deps.tickets;
  }

  /**
   * Files a ticket with its tracking link, whose token is returned this once. Anyone may file; staff filing with
   * an API token (an integration) are exempt from the rate limits, everyone else is limited per address and per
   * requester e-mail.
   */
  async fileTicket(input: FileTicketInput, actor: Actor, options: FilingOptions = {}): Promise<FiledTicket> {
    if (!options.admitted) await this.admitFiling(input, actor, options.clientIp);
    const token = newSecretToken(tokenPrefixes.trackingLink);
    const { requester, context } = input;
    const link = trackingUrl(siteBase(this.deps.config.publicUrl, requester.locale), token);
    const at = this.deps.now();
    const paging = await this.urgentPaging(input, actor);
    const addressToken = paging.pageNow ? undefined : newSecretToken(tokenPrefixes.addressConfirmation);
    const fields: NewTicket = {
      subject: input.subject,
      description: input.description,
      priority: input.priority,
      category: input.category,
      tags: input.tags ?? [],
      source: actor.kind === 'staff' && actor.via === 'token' ? 'api' : 'web',
      requesterEmail: requester.email,
      requesterName: requester.name,
      requesterOrganisation: requester.organisation ?? null,
      requesterPhone: requester.phone ?? null,
      requesterLocale: requester.locale,
      contextTitle: context?.title ?? null,
      contextUrl: context?.url ?? null,
      contextVersion: context?.version ?? null,
      filingSuggestions: input.suggestions ?? null,
    };
    const urgent = {
      urgentPagedAt: input.priority === 'P1' && paging.pageNow ? at : null,
      addressTokenHash: addressToken ? hashToken(addressToken) : null,
    };
    const ticket = await this.tickets.create(fields, urgent, hashToken(token), at, async (tx, created) => {
      await options.alsoInTransaction?.(tx, created);
      // Through the change pipeline: the `created` event, and the subscribers (the acknowledgement and the staff
      // alert commit with the ticket, or neither exists).
      const filing = {
        trackingUrl: link,
        pageNow: paging.pageNow,
        ...(addressToken ? { confirmAddressUrl: confirmAddressUrl(siteBase(this.deps.config.publicUrl, requester.locale), addressToken) } : {}),
        ...(requester.timeZone ? { timeZone: requester.timeZone } : {}),
      };
      const createdEvent = { type: 'created' as const, after: { subject: created.subject, priority: created.priority, category: created.category, source: created.source } };
      await this.deps.changes.apply(tx, created, { source: 'filed', events: [createdEvent], filing }, actor, at);
    });
    this.deps.logger.info({ ticket: formatTicketNumber(ticket.number), priority: ticket.priority, source: ticket.source }, 'ticket filed');
    // The token travels in the fragment: browsers send neither it to the server's logs nor in a Referer.
    return { ...toPublicTicket(ticket), trackingToken: token, trackingUrl: link };
  }

  /**
   * Whether a P1 may page the on-call list the moment it is filed. Anyone on the internet can file, so an
   * anonymous P1 pages at once only from an address we have reason to trust: one of SUPPORT_TRUSTED_DOMAINS, or an
   * address that confirmed itself on an earlier ticket. Others page once the requester follows the confirmation
   * link of the acknowledgement e-mail. Staff and integrations (API tokens) always page at once.
   */
  private async urgentPaging(input: FileTicketInput, actor: Actor): Promise<{ pageNow: boolean }> {
    if (input.priority !== 'P1' || actor.kind === 'staff') return { pageNow: true };
    const domain = input.requester.email.split('@').pop()!;
    if (this.deps.config.support.trustedDomains.some((trusted) => domain === trusted || domain.endsWith(`.${trusted}`))) return { pageNow: true };
    return { pageNow: await this.tickets.hasConfirmedAddress(input.requester.email) };
  }

  /**
   * The checks a submission passes before anything of it is stored or its files are read: its category, the tags
   * a customer may choose, and the rate limits.
   */
  async admitFiling(input: FileTicketInput, actor: Actor, clientIp: string | undefined): Promise<void> {
    this.assertCategory(input.category);
    if (actor.kind === 'staff') return;
    this.assertPublicTags(input.tags ?? []);
    if (clientIp) await this.deps.limiter.hit(filingLimits.perClient, clientIp);
    // Hashed so the counters table holds no e-mail addresses.
    await this.deps.limiter.hit(filingLimits.perRequester, hashToken(input.requester.email));
  }

  /** Staff keep tags of their own (internal labels); a customer may choose only from TICKET_PUBLIC_TAGS. */
  private assertPublicTags(tags: string[]): void {
    const allowed = this.deps.config.publicTags;
    const refused = tags.filter((tag) => !allowed.includes(tag));
    if (refused.length === 0) return;
    const message = allowed.length > 0 ? `must be chosen from: ${allowed.join(', ')}` : 'customers cannot set tags here';
    throw new ProblemError('validation_failed', { errors: [{ field: 'tags', code: 'not_public_tag', message }] });
  }

  /**
   * Staff see the whole ticket; its link holders see the customer's view. A staff member reading it in the console
   * has now seen it as it is (the queue's `unseen`). A session, not an API token: a script reading tickets with its
   * owner's token has not shown them to anyone.
   */
  async getTicket(actor: Actor, reference: string): Promise<TicketView> {
    const ref = await findTicketForActor(this.tickets, actor, reference);
    const read = await this.read(ref.id);
    if (actor.kind === 'staff' && actor.via === 'session') await this.deps.seen.record(actor.userId, read.ticket);
    return this.viewOf(actor, read);
  }

  /** The ticket a tracking link opens: its e-mail carries only the token, so the page learns the number here. */
  async getLinkedTicket(actor: Actor): Promise<PublicTicketDetail> {
    if (actor.kind !== 'ticket-link') throw new ProblemError('forbidden', { detail: 'Only a ticket’s tracking link opens it here.' });
    return (await this.viewFor(actor, actor.ticketId)) as PublicTicketDetail;
  }

  /** A staff edit based on the version the editor read; a stale version is refused rather than overwritten. */
  async updateTicket(actor: Actor, reference: string, input: UpdateTicketInput): Promise<StaffTicket> {
    staffOf(actor);
    const ticket = await this.load(actor, reference);
    if (input.version !== ticket.version) throw versionConflict(ticket.version);
    if (input.category !== undefined) this.assertCategory(input.category);
    const { version: _version, assigneeId, ...fields } = input;
    const assignee = await this.resolveAssignee(assigneeId);
    await this.changeTicket(ticket, { ...fields, ...(assignee !== undefined ? { assignee } : {}) }, actor, { source: 'staff_edit' });
    return (await this.viewFor(actor, ticket.id)) as StaffTicket;
  }

  /** The customer agrees the problem is solved: the resolved ticket closes. */
  async confirmResolution(actor: Actor, reference: string): Promise<PublicTicketDetail> {
    if (actor.kind === 'staff') {
      throw new ProblemError('forbidden', { detail: 'Only the customer confirms a resolution; staff close a resolved ticket by changing its status.' });
    }
    const ticket = await this.load(actor, reference);
    if (ticket.status !== 'resolved') {
      throw new ProblemError('invalid_transition', { detail: `Only a resolved ticket can be confirmed; this one is ${ticket.status}.` });
    }
    await this.changeTicket(ticket, { status: 'closed' }, actor, { source: 'confirm', statusEvent: 'resolution_confirmed' });
    return (await this.viewFor(actor, ticket.id)) as PublicTicketDetail;
  }

  /** The problem is back (or was never solved): a resolved or closed ticket returns to work. */
  async reopenTicket(actor: Actor, reference: string): Promise<TicketView> {
    const ticket = await this.load(actor, reference);
    if (!isReopen(ticket.status, 'open')) {
      throw new ProblemError('invalid_transition', { detail: `Only a resolved or closed ticket can be reopened; this one is ${ticket.status}.` });
    }
    await this.changeTicket(ticket, { status: 'open' }, actor, { source: 'reopen', statusEvent: 'reopened' });
    return this.viewFor(actor, ticket.id);
  }

  /**
   * One change to one ticket as read, in a transaction of its own, through the change pipeline: applied only if
   * nobody changed the ticket since. Throws `invalid_transition` or `version_conflict`; a change that changes
   * nothing writes nothing.
   */
  async changeTicket(
    ticket: TicketRecord,
    requested: RequestedChange,
    actor: Actor | 'system',
    how: { source: ChangeSource; statusEvent?: TicketEventType },
  ): Promise<{ status: TicketStatus; priority: TicketPriority; tags: string[]; version: number }> {
    const at = this.deps.now();
    const applied = await this.tickets.transaction((tx) => this.deps.changes.apply(tx, ticket, { ...how, fields: requested }, actor, at));
    const { status, priority, tags } = applied ? applied.after : ticket;
    return { status, priority, tags, version: applied ? applied.version : ticket.version };
  }

  /** undefined: leave the assignee alone; null: unassign; else the active staff member with that id. */
  async resolveAssignee(assigneeId: string | null | undefined): Promise<AssigneeRef | null | undefined> {
    if (assigneeId === undefined || assigneeId === null) return assigneeId;
    const staff = await this.tickets.findActiveStaff(assigneeId);
    if (!staff) {
      throw new ProblemError('validation_failed', {
        errors: [{ field: 'assigneeId', code: 'invalid_assignee', message: 'must be the id of an active staff member' }],
      });
    }
    return staff;
  }

  assertCategory(category: string): void {
    const categories = this.deps.config.ticketCategories;
    if (!categories.includes(category)) {
      throw new ProblemError('validation_failed', {
        errors: [{ field: 'category', code: 'invalid_value', message: `must be one of: ${categories.join(', ')}` }],
      });
    }
  }

  private async load(actor: Actor, reference: string): Promise<TicketRecord> {
    const ref = await findTicketForActor(this.tickets, actor, reference);
    const ticket = await this.tickets.findById(ref.id);
    if (!ticket) throw new ProblemError('not_found');
    return ticket;
  }

  private async viewFor(actor: Actor, ticketId: string): Promise<TicketView> {
    return this.viewOf(actor, await this.read(ticketId));
  }

  private async read(ticketId: string): Promise<{ ticket: TicketRecord; events: EventRecord[]; answerBy: Date | null }> {
    const [ticket, events, answerBy] = await Promise.all([this.tickets.findById(ticketId), this.tickets.findEvents(ticketId), this.tickets.answerBy(ticketId)]);
    if (!ticket) throw new ProblemError('not_found');
    return { ticket, events, answerBy };
  }

  private viewOf(actor: Actor, { ticket, events, answerBy }: { ticket: TicketRecord; events: EventRecord[]; answerBy: Date | null }): TicketView {
    return seesInternal(actor) ? toStaffTicket(ticket, events) : toPublicTicketDetail(ticket, events, answerBy);
  }
}

