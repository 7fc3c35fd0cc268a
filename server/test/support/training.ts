import { randomUUID } from 'node:crypto';
import { csrfHeader, traineeCookie } from '../../src/auth/tokens.js';
import type { PrismaClient } from '../../src/db/database.js';
import { hashToken, newSecretToken } from '../../src/shared/tokens.js';
import { parseCatalogue, type Catalogue, type Curriculum } from '../../src/training/curriculum.js';

const all = ['developer', 'operator', 'business'] as const;
type RawItem = Record<string, unknown> & { id: string; hash: string };
const item = (week: number, id: string, rest: Record<string, unknown>): RawItem => ({
  id,
  kind: 'exercise',
  week,
  tracks: [...all],
  required: true,
  minutes: 30,
  title: { 'zh-Hans': `练习 ${id}`, en: `Exercise ${id}` },
  hash: hashToken(id).slice(0, 16),
  ...rest,
});

/**
 * A small curriculum with one item of every kind of check, so the tests do not depend on the shipped lessons.
 * `changed` lists item ids whose content is given a new hash, as a later release of the docs would.
 */
export function testCurriculum(changed: string[] = []): Curriculum {
  const weeks: { week: number; docId: string; title: Catalogue['weeks'][number]['title']; items: RawItem[] }[] = [1, 2, 3, 4, 5].map((week) => ({
    week,
    docId: `training/week-${week}`,
    title: { 'zh-Hans': `第 ${week} 周`, en: `Week ${week}` },
    items: [item(week, `w${week}-read`, { kind: 'reading', check: { type: 'manual', signOff: false } })],
  }));
  weeks[2]!.items.push(
    item(3, 'w3-metrics', { tracks: ['operator'], check: { type: 'metrics-answer', metric: 'ticket_5xx_ratio' } }),
    item(3, 'w3-drill', { tracks: ['operator'], check: { type: 'drill-report' } }),
  );
  weeks[3]!.items.push(
    item(4, 'w4-file-p2', { tracks: ['business'], check: { type: 'ticket', priority: 'P2', attachment: true } }),
    item(4, 'w4-pending-reply', { tracks: ['business'], check: { type: 'saved-reply-pending' } }),
    item(4, 'w4-role-play', { tracks: ['business'], check: { type: 'manual', signOff: true } }),
    item(4, 'w4-optional', { tracks: ['business'], required: false, check: { type: 'manual', signOff: false } }),
    {
      ...item(4, 'w4-quiz', { kind: 'quiz', check: { type: 'quiz' } }),
      passMark: 0.8,
      questions: [
        { id: 'w4-q1', answers: ['a', 'b', 'c'], correct: 'b' },
        { id: 'w4-q2', answers: ['a', 'b', 'c'], correct: 'a' },
        { id: 'w4-q3', answers: ['a', 'b', 'c'], correct: 'c' },
        { id: 'w4-q4', answers: ['a', 'b', 'c'], correct: 'a' },
        { id: 'w4-q5', answers: ['a', 'b', 'c'], correct: 'b' },
      ],
    },
  );
  for (const week of weeks) for (const entry of week.items) if (changed.includes(entry.id)) entry.hash = hashToken(`${entry.id}:v2`).slice(0, 16);
  return parseCatalogue({ weeks });
}

/** A cohort written straight to the database. */
export async function createCohort(prisma: PrismaClient, options: { leadId?: string | null; startsOn?: string; calendarId?: string } = {}) {
  return prisma.trainingCohort.create({
    data: {
      name: `Cohort ${randomUUID().slice(0, 6)}`,
      startsOn: new Date(`${options.startsOn ?? '2026-10-12'}T00:00:00Z`),
      leadId: options.leadId ?? null,
      calendarId: options.calendarId ?? 'cn-workdays',
    },
    select: { id: true, name: true },
  });
}

/** A trainee with a signed-in session (cookie and CSRF headers), written straight to the database. */
export async function createTrainee(
  prisma: PrismaClient,
  cohortId: string,
  options: { track?: 'developer' | 'operator' | 'business'; email?: string; invitedAt?: Date } = {},
): Promise<{ id: string; email: string; headers: Record<string, string> }> {
  const email = options.email ?? `trainee-${randomUUID().slice(0, 8)}@example.com`;
  const trainee = await prisma.trainee.create({
    data: { cohortId, email, name: `学员 ${email.slice(8, 12)}`, track: options.track ?? 'business', invitedAt: options.invitedAt ?? new Date(Date.now() - 60_000) },
    select: { id: true },
  });
  const token = newSecretToken();
  const csrfToken = newSecretToken();
  await prisma.traineeSession.create({ data: { traineeId: trainee.id, tokenHash: hashToken(token), csrfToken, expiresAt: new Date(Date.now() + 86_400_000) } });
  return { id: trainee.id, email, headers: { Cookie: `${traineeCookie}=${token}`, [csrfHeader]: csrfToken } };
}
