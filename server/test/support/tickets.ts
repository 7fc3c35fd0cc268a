import { randomUUID } from 'node:crypto';
import { tokenPrefixes } from '../../src/auth/tokens.js';
import type { PrismaClient } from '../../src/db/database.js';
import { formatTicketNumber } from '../../src/tickets/number.js';
import { hashToken, newSecretToken } from '../../src/shared/tokens.js';

type Status = 'new' | 'open' | 'pending' | 'resolved' | 'closed';

export type TestTicket = {
  id: string;
  number: number;
  /** As people quote it: HO-1042. */
  reference: string;
  requesterEmail: string;
  requesterName: string;
  /** The private tracking link's token and the header that presents it. */
  token: string;
  bearer: string;
};

/**
 * A ticket with a working tracking link, written straight to the database so that conversation and attachment
 * tests do not depend on the submission flow.
 */
export async function createTicket(
  prisma: PrismaClient,
  options: { status?: Status; requesterEmail?: string; requesterName?: string; firstResponseAt?: Date } = {},
): Promise<TestTicket> {
  const requesterEmail = options.requesterEmail ?? `customer-${randomUUID().slice(0, 8)}@example.com`;
  const requesterName = options.requesterName ?? '王小明';
  const ticket = await prisma.ticket.create({
    data: {
      subject: '部署后无法登录',
      description: 'After the upgrade nobody can sign in.',
      priority: 'P2',
      status: options.status ?? 'new',
      category: 'deployment',
      requesterEmail,
      requesterName,
      firstResponseAt: options.firstResponseAt,
    },
    select: { id: true, number: true },
  });
  const token = newSecretToken(tokenPrefixes.trackingLink);
  await prisma.ticketAccessToken.create({ data: { ticketId: ticket.id, tokenHash: hashToken(token) } });
  return { ...ticket, reference: formatTicketNumber(ticket.number), requesterEmail, requesterName, token, bearer: `Bearer ${token}` };
}

/** A magic link for every ticket filed from `email`: the header that presents it. */
export async function createMagicLink(prisma: PrismaClient, email: string, expiresAt = new Date(Date.now() + 30 * 60_000)): Promise<string> {
  const token = newSecretToken(tokenPrefixes.magicLink);
  await prisma.magicLink.create({ data: { email, tokenHash: hashToken(token), expiresAt } });
  return `Bearer ${token}`;
}
