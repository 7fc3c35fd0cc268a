import type { PrismaClient } from '../db/database.js';
import type { Prisma } from '../db/generated/client.js';
import { likeLiteral } from '../db/like-literal.js';
import type { ReplyStatus, SavedReplyScope } from './schemas.js';

const replyFields = {
  id: true,
  scope: true,
  ownerId: true,
  name: true,
  bodyZh: true,
  bodyEn: true,
  status: true,
  usageCount: true,
  lastUsedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  createdBy: { select: { id: true, name: true } },
} as const satisfies Prisma.SavedReplySelect;

export type SavedReplyRow = Omit<Prisma.SavedReplyGetPayload<{ select: typeof replyFields }>, 'status'> & { status: ReplyStatus | null };

export type NewSavedReply = { scope: SavedReplyScope; ownerId: string | null; name: string; bodyZh: string; bodyEn: string; status: ReplyStatus | null; createdById: string };
export type SavedReplyChange = { name?: string; bodyZh?: string; bodyEn?: string; status?: ReplyStatus | null };

/** A write refused by the database: the name is in use in that scope (a unique index ignoring case). */
export type NameTaken = 'name_taken';

const isPrismaError = (error: unknown, code: string) => (error as { code?: unknown } | null)?.code === code;

/** The saved replies. Visibility and who may change what are the service's rules; this only reads and writes. */
export class SavedReplyRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** The shared replies and the personal ones of `ownerId`, with `text` in the name or a body when given. */
  async listVisible(ownerId: string, text?: string): Promise<SavedReplyRow[]> {
    const contains = (field: 'name' | 'bodyZh' | 'bodyEn') => ({ [field]: { contains: likeLiteral(text ?? ''), mode: 'insensitive' as const } });
    const rows = await this.prisma.savedReply.findMany({
      where: {
        OR: [{ scope: 'shared' }, { scope: 'personal', ownerId }],
        ...(text ? { AND: [{ OR: [contains('name'), contains('bodyZh'), contains('bodyEn')] }] } : {}),
      },
      select: replyFields,
    });
    return rows as SavedReplyRow[];
  }

  async find(id: string): Promise<SavedReplyRow | null> {
    return (await this.prisma.savedReply.findUnique({ where: { id }, select: replyFields })) as SavedReplyRow | null;
  }

  async create(reply: NewSavedReply, at: Date): Promise<SavedReplyRow | NameTaken> {
    try {
      return (await this.prisma.savedReply.create({ data: { ...reply, createdAt: at, updatedAt: at }, select: replyFields })) as SavedReplyRow;
    } catch (error) {
      if (isPrismaError(error, 'P2002')) return 'name_taken';
      throw error;
    }
  }

  /** Applies a change only if the reply is still at `version` (one statement); null when it is not, or is gone. */
  async update(id: string, version: number, change: SavedReplyChange, at: Date): Promise<SavedReplyRow | NameTaken | null> {
    try {
      return (await this.prisma.savedReply.update({
        where: { id, version },
        data: { ...change, updatedAt: at, version: { increment: 1 } },
        select: replyFields,
      })) as SavedReplyRow;
    } catch (error) {
      if (isPrismaError(error, 'P2002')) return 'name_taken';
      if (isPrismaError(error, 'P2025')) return null;
      throw error;
    }
  }

  async delete(id: string): Promise<boolean> {
    return (await this.prisma.savedReply.deleteMany({ where: { id } })).count === 1;
  }

  /** Counts a use without a new version or `updated_at`: filling a reply in must not make an editor's copy stale. */
  async recordUse(id: string, at: Date): Promise<void> {
    await this.prisma.savedReply.updateMany({ where: { id }, data: { usageCount: { increment: 1 }, lastUsedAt: at } });
  }
}
