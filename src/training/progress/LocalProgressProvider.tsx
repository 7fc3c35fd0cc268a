import {useCallback, useEffect, useMemo, useState, type ReactNode} from 'react';
import {defineText, useText} from '@site/src/components/i18n';
import {catalogueItem} from '../catalogue';
import {TrainingProgressContext, type ItemState, type Outcome, type TrainingProgress} from './context';

/** Where an anonymous reader's progress lives; the signed-in provider reads it once to take it over. */
export const localProgressKey = 'handover.training.progress.v1';

type StoredItem = {status: ItemState['status']; completedAt: string; hash: string; score?: number};
/** The answers of the last submission of each quiz, kept so that they can be sent to the server after sign-in. */
export type StoredQuizAnswers = {answers: Record<string, string>; submittedAt: string; score: number};
export type LocalProgress = {items: Record<string, StoredItem>; quizzes: Record<string, StoredQuizAnswers>};

const empty: LocalProgress = {items: {}, quizzes: {}};

export function readLocalProgress(): LocalProgress {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(localProgressKey) ?? 'null') as Partial<LocalProgress> | null;
    return {items: parsed?.items ?? {}, quizzes: parsed?.quizzes ?? {}};
  } catch {
    return empty;
  }
}

function writeLocalProgress(progress: LocalProgress): void {
  try {
    window.localStorage.setItem(localProgressKey, JSON.stringify(progress));
  } catch {
    // Storage full or disabled (private mode): progress then lasts as long as the page.
  }
}

const text = defineText({
  signInRequired: {
    zh: '这一项由服务器自动检查，请先登录培训（/training/sign-in）。',
    en: 'The server checks this item automatically: sign in to the training first (/en/training/sign-in).',
  },
  unknownItem: (id: string) => ({zh: `课程中没有编号为 ${id} 的项目。`, en: `The curriculum has no item ${id}.`}),
  unanswered: (missing: number) => ({zh: `还有 ${missing} 道题没有作答。`, en: `${missing} question(s) still unanswered.`}),
  notPassed: (score: number, passMark: number) => ({
    zh: `得分 ${Math.round(score * 100)}%，未达到 ${Math.round(passMark * 100)}% 的及格线。可以再试一次。`,
    en: `Score ${Math.round(score * 100)}%, below the pass mark of ${Math.round(passMark * 100)}%. You can try again.`,
  }),
});

/**
 * Progress of a reader who has not signed in, kept in this browser's localStorage. Readings and manual exercises
 * complete here; automatic checks need the server, so they answer `sign_in_required`; quizzes are graded against
 * the correct answers in the generated catalogue, and the answers are kept for the signed-in provider to send on.
 */
export default function LocalProgressProvider({children}: {children: ReactNode}): ReactNode {
  const t = useText(text);
  const [stored, setStored] = useState<LocalProgress>(empty);

  useEffect(() => {
    setStored(readLocalProgress());
    const onStorage = (event: StorageEvent) => {
      if (event.key === localProgressKey) setStored(readLocalProgress());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const update = useCallback((change: (progress: LocalProgress) => LocalProgress) => {
    const next = change(readLocalProgress());
    writeLocalProgress(next);
    setStored(next);
    return next;
  }, []);

  const complete = useCallback<TrainingProgress['complete']>(
    async (itemId) => {
      const item = catalogueItem(itemId);
      if (!item) return {ok: false, code: 'unknown_item', detail: t.unknownItem(itemId)};
      if (item.check.type !== 'manual') return {ok: false, code: 'sign_in_required', detail: t.signInRequired};
      const status = item.check.signOff ? 'awaiting-sign-off' : 'done';
      const entry: StoredItem = {status, completedAt: new Date().toISOString(), hash: item.hash};
      update((progress) => ({...progress, items: {...progress.items, [itemId]: entry}}));
      return {ok: true, state: {status, completedAt: entry.completedAt, changed: false}};
    },
    [t, update],
  );

  const submitQuiz = useCallback<TrainingProgress['submitQuiz']>(
    async (quizId, answers): Promise<Outcome> => {
      const quiz = catalogueItem(quizId);
      if (!quiz || quiz.kind !== 'quiz') return {ok: false, code: 'unknown_item', detail: t.unknownItem(quizId)};
      const missing = quiz.questions.filter((question) => !answers[question.id]).length;
      if (missing > 0) return {ok: false, code: 'quiz_incomplete', detail: t.unanswered(missing), field: 'answers'};
      const right = quiz.questions.filter((question) => answers[question.id] === question.correct).length;
      const score = right / quiz.questions.length;
      const now = new Date().toISOString();
      const next = update((progress) => {
        const before = progress.items[quizId];
        const items = {...progress.items};
        if (score >= quiz.passMark) {
          const best = Math.max(score, before?.hash === quiz.hash ? (before.score ?? 0) : 0);
          items[quizId] = {status: 'done', completedAt: before?.hash === quiz.hash ? before.completedAt : now, hash: quiz.hash, score: best};
        }
        return {items, quizzes: {...progress.quizzes, [quizId]: {answers, submittedAt: now, score}}};
      });
      const state = next.items[quizId];
      if (score < quiz.passMark || !state) return {ok: false, code: 'quiz_not_passed', detail: t.notPassed(score, quiz.passMark)};
      return {ok: true, state: {status: state.status, completedAt: state.completedAt, changed: false, score: state.score}};
    },
    [t, update],
  );

  const value = useMemo<TrainingProgress>(() => {
    const items: Record<string, ItemState> = {};
    for (const [id, entry] of Object.entries(stored.items)) {
      const item = catalogueItem(id);
      if (!item) continue;
      items[id] = {status: entry.status, completedAt: entry.completedAt, changed: entry.hash !== item.hash, score: entry.score};
    }
    return {trainee: null, items, complete, submitQuiz};
  }, [stored, complete, submitQuiz]);

  return <TrainingProgressContext.Provider value={value}>{children}</TrainingProgressContext.Provider>;
}
