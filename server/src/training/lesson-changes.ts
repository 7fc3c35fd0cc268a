import { toLocale } from '../http/locale.js';
import type { Logger } from '../logger.js';
import { enqueue } from '../notifications/index.js';
import { startPeriodic } from '../shared/periodic.js';
import type { Curriculum } from './curriculum.js';
import type { TrainingRepository } from './repository.js';

export type LessonChangeDeps = {
  repository: TrainingRepository;
  curriculum: Curriculum;
  publicUrl: string;
  mailDomain: string;
  logger: Logger;
  now: () => Date;
};

/**
 * Tells each trainee, in one e-mail, which items they completed have changed since (a new release of the docs):
 * each change once, however many replicas run this. The completion itself is kept and shown as changed.
 */
export async function notifyChangedLessons(deps: LessonChangeDeps): Promise<number> {
  const items = deps.curriculum.weeks().flatMap((week) => week.items);
  const rows = await deps.repository.changedCompletions(items.map((item) => ({ id: item.id, hash: item.hash })));
  const byTrainee = new Map<string, typeof rows>();
  for (const row of rows) byTrainee.set(row.traineeId, [...(byTrainee.get(row.traineeId) ?? []), row]);
  let told = 0;
  for (const [traineeId, completions] of byTrainee) {
    const { trainee } = completions[0]!;
    const locale = toLocale(trainee.locale);
    const prefix = `${deps.publicUrl}${locale === 'en' ? '/en' : ''}`;
    const notices = completions.map((row) => ({ itemId: row.itemId, seen: row.changeNotifiedHash, hash: deps.curriculum.item(row.itemId)!.hash }));
    told += await deps.repository.claimChangeNotices(traineeId, notices, async (tx, claimed) => {
      await enqueue(
        tx,
        {
          kind: 'trainee_lesson_changed',
          recipient: trainee.email,
          locale,
          payload: {
            traineeName: trainee.name,
            items: claimed.map((id) => {
              const item = deps.curriculum.item(id)!;
              return { title: item.title[locale], week: item.week, pageUrl: `${prefix}/docs/training/week-${item.week}#${item.id}` };
            }),
            progressUrl: `${prefix}/training/progress`,
          },
        },
        { domain: deps.mailDomain, at: deps.now() },
      );
    });
  }
  return told;
}

/** Looks for changed lessons at start (a new release has just been deployed) and then every hour. */
export function startLessonChangeNotices(deps: LessonChangeDeps, intervalMs = 3_600_000): () => Promise<void> {
  return startPeriodic(
    async () => {
      const told = await notifyChangedLessons(deps);
      if (told > 0) deps.logger.info({ items: told }, 'trainees told of changed lessons');
    },
    intervalMs,
    (error) => deps.logger.error({ err: error }, 'changed-lesson notices failed'),
  );
}
