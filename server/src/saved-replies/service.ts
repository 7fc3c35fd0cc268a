import type { StaffActor } from '../auth/actor.js';
import type { Config } from '../config.js';
import { ProblemError } from '../http/errors.js';
import { toLocale } from '../http/locale.js';
import { findTicketForActor } from '../tickets/access.js';
import type { TicketRepository } from '../tickets/repository.js';
import { fillPlaceholders, placeholderValues, unknownPlaceholderErrors } from './placeholders.js';
import type { SavedReplyRepository, SavedReplyRow } from './repository.js';
import type { CreateSavedReplyInput, RenderedReply, SavedReplyList, SavedReplyView, UpdateSavedReplyInput } from './schemas.js';

export type SavedReplyDeps = {
  config: Pick<Config, 'publicUrl'>;
  replies: SavedReplyRepository;
  tickets: Pick<TicketRepository, 'findRef' | 'findById'>;
  now: () => Date;
};

// Names in either script, as a Chinese reader expects: Chinese by pinyin first, then Latin ignoring case, "Step 2"
// before "Step 10". Sorted here rather than in SQL, whose collation differs between PGlite and PostgreSQL servers.
const byName = new Intl.Collator('zh-Hans', { sensitivity: 'base', numeric: true });

/** Shared replies are everyone's and the administrators' to keep; a personal one is its owner's alone. */
const sees = (actor: StaffActor, reply: SavedReplyRow) => reply.scope === 'shared' || reply.ownerId === actor.userId;
const mayChange = (actor: StaffActor, reply: SavedReplyRow) => (reply.scope === 'shared' ? actor.role === 'admin' : reply.ownerId === actor.userId);

/**
 * Saved replies (macros): named answers in both languages that staff keep and fill in for a ticket while
 * replying. Sending stays with the conversation: a filled-in reply is posted like any other, with its status.
 */
export class SavedReplyService {
  constructor(private readonly deps: SavedReplyDeps) {}

  async list(actor: StaffActor, text?: string): Promise<SavedReplyList> {
    const rows = await this.deps.replies.listVisible(actor.userId, text);
    rows.sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id));
    return { items: rows.map((row) => view(row, actor)) };
  }

  /** Anyone on the team keeps personal replies; the shared ones are written by administrators. */
  async create(actor: StaffActor, input: CreateSavedReplyInput): Promise<SavedReplyView> {
    if (input.scope === 'shared' && actor.role !== 'admin') {
      throw new ProblemError('forbidden', { detail: 'Only administrators create shared replies; keep it as a personal reply instead.' });
    }
    assertKnownPlaceholders(input);
    const created = await this.deps.replies.create(
      { ...input, ownerId: input.scope === 'personal' ? actor.userId : null, createdById: actor.userId },
      this.deps.now(),
    );
    if (created === 'name_taken') throw nameTaken(input.scope);
    return view(created, actor);
  }

  /** A change based on the version the editor read; a stale one is refused rather than overwriting the other. */
  async update(actor: StaffActor, id: string, input: UpdateSavedReplyInput): Promise<SavedReplyView> {
    const reply = await this.changeable(actor, id);
    if (input.version !== reply.version) throw versionConflict(reply.version);
    assertKnownPlaceholders(input);
    const { version, ...change } = input;
    const updated = await this.deps.replies.update(id, version, change, this.deps.now());
    if (updated === 'name_taken') throw nameTaken(reply.scope);
    if (updated === null) {
      // Changed or deleted between the read above and the write.
      const current = await this.deps.replies.find(id);
      if (!current) throw new ProblemError('not_found');
      throw versionConflict(current.version);
    }
    return view(updated, actor);
  }

  async remove(actor: StaffActor, id: string): Promise<void> {
    await this.changeable(actor, id);
    if (!(await this.deps.replies.delete(id))) throw new ProblemError('not_found');
  }

  /**
   * The reply filled in for one ticket, in the language its requester filed in, with the status to send it with.
   * Nothing is posted: the console puts the text in the editor, and the person may change it before sending.
   */
  async render(actor: StaffActor, ticketReference: string, id: string): Promise<RenderedReply> {
    const ref = await findTicketForActor(this.deps.tickets, actor, ticketReference);
    const reply = await this.visible(actor, id);
    const ticket = await this.deps.tickets.findById(ref.id);
    if (!ticket) throw new ProblemError('not_found');
    const locale = toLocale(ticket.requesterLocale);
    const values = placeholderValues(ticket, actor, { publicUrl: this.deps.config.publicUrl, locale });
    const body = fillPlaceholders(locale === 'en' ? reply.bodyEn : reply.bodyZh, values);
    await this.deps.replies.recordUse(reply.id, this.deps.now());
    return { body, status: reply.status, locale };
  }

  /** Someone else's personal reply is the same 404 as a missing one, so ids cannot be probed. */
  private async visible(actor: StaffActor, id: string): Promise<SavedReplyRow> {
    const reply = await this.deps.replies.find(id);
    if (!reply || !sees(actor, reply)) throw new ProblemError('not_found');
    return reply;
  }

  private async changeable(actor: StaffActor, id: string): Promise<SavedReplyRow> {
    const reply = await this.visible(actor, id);
    if (!mayChange(actor, reply)) throw new ProblemError('forbidden', { detail: 'Only administrators change or delete shared replies.' });
    return reply;
  }
}

function assertKnownPlaceholders(input: { bodyZh?: string; bodyEn?: string }): void {
  const errors = unknownPlaceholderErrors({ bodyZh: input.bodyZh, bodyEn: input.bodyEn });
  if (errors.length > 0) throw new ProblemError('validation_failed', { errors });
}

function versionConflict(current: number): ProblemError {
  return new ProblemError('version_conflict', {
    detail: `The saved reply changed since you read it. It is now at version ${current}. Reload it and apply your change again.`,
  });
}

function nameTaken(scope: SavedReplyRow['scope']): ProblemError {
  const where = scope === 'shared' ? 'A shared reply' : 'One of your personal replies';
  return new ProblemError('conflict', {
    detail: `${where} already has this name (names ignore case).`,
    errors: [{ field: 'name', code: 'taken', message: 'This name is already in use.' }],
  });
}

function view(row: SavedReplyRow, actor: StaffActor): SavedReplyView {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    bodyZh: row.bodyZh,
    bodyEn: row.bodyEn,
    status: row.status,
    editable: mayChange(actor, row),
    createdBy: row.createdBy,
    usageCount: row.usageCount,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
