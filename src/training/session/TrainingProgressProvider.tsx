import {useCallback, useEffect, useMemo, useRef, type ReactNode} from 'react';
import {useQueryClient} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import {ApiProvider} from '@site/src/api/query';
import {defineText, useLocale, useText} from '@site/src/components/i18n';
import {catalogueItem} from '../catalogue';
import {TrainingProgressContext, type ItemState, type Outcome, type TrainingProgress} from '../progress/context';
import LocalProgressProvider, {localProgressKey, readLocalProgress} from '../progress/LocalProgressProvider';
import {myTrainingKey, traineeWrite, useMyTraining, type MyTraining} from './traineeApi';

const text = defineText({
  ticket: {
    zh: '还没有找到从您的学员邮箱在受邀之后提交、符合要求的工单。请按练习说明通过客户网页提交后再检查。',
    en: 'No ticket as the exercise asks, filed from your trainee address since you were invited, was found yet. File it through the portal as described, then check again.',
  },
  pending: {
    zh: '还没有找到与学员邮箱相同的员工账号发出的、把工单设为“等待客户”的公开回复。',
    en: 'No public reply that set a ticket to pending was found yet from a staff account with your trainee address.',
  },
  metrics: {zh: '这个比例与服务器的计数不符。请按 /metrics 中 /api/v1/tickets 路由的计数重新计算。', en: 'This ratio does not match the server’s counters. Work it out again from the /api/v1/tickets routes in /metrics.'},
  drill: {zh: '这不是一次通过的备份演练的输出：输出应以 “drill: passed” 结尾，并包含测得的 RTO。', en: 'This is not the output of a drill that passed: it ends with "drill: passed" and shows the RTO measured.'},
  failed: {zh: '没有保存，请稍后再试。', en: 'Not saved; try again shortly.'},
});

const statusOf = (status: MyTraining['items'][number]['status']): ItemState['status'] =>
  status === 'awaiting_sign_off' ? 'awaiting-sign-off' : status === 'signed_off' ? 'signed-off' : 'done';

const stateOf = (item: MyTraining['items'][number]): ItemState => ({
  status: statusOf(item.status),
  completedAt: item.completedAt,
  changed: item.changed,
  ...(item.score === null ? {} : {score: item.score}),
});

/** A signed-in trainee's progress, from and to the server; what they did before signing in is sent on once. */
function SignedIn({me, children}: {me: MyTraining; children: ReactNode}): ReactNode {
  const t = useText(text);
  const locale = useLocale();
  const client = useQueryClient();
  const synced = useRef(false);
  const refresh = useCallback(() => client.invalidateQueries({queryKey: myTrainingKey}), [client]);

  const problem = useCallback(
    (itemId: string, error: unknown): Outcome => {
      if (!(error instanceof ApiError)) return {ok: false, code: 'unreachable', detail: t.failed};
      const field = error.errors[0]?.field;
      if (error.code === 'check_not_met') {
        const check = catalogueItem(itemId)?.check.type;
        const mine = check === 'ticket' ? t.ticket : check === 'saved-reply-pending' ? t.pending : check === 'metrics-answer' ? t.metrics : check === 'drill-report' ? t.drill : error.title;
        // The server's own explanation is in English; a Chinese reader gets ours, an English one the server's.
        return {ok: false, code: error.code, detail: locale === 'en' ? (error.errors[0]?.message ?? error.message) : mine, ...(field ? {field} : {})};
      }
      return {ok: false, code: error.code, detail: error.title, ...(field ? {field} : {})};
    },
    [t, locale],
  );

  const complete = useCallback<TrainingProgress['complete']>(
    async (itemId, evidence = {}) => {
      try {
        const state = await call(api.POST('/training/me/items/{itemId}/completion', {params: {path: {itemId}}, body: evidence, ...traineeWrite()}));
        await refresh();
        return {ok: true, state: stateOf(state)};
      } catch (error) {
        return problem(itemId, error);
      }
    },
    [problem, refresh],
  );

  const submitQuiz = useCallback<TrainingProgress['submitQuiz']>(
    async (quizId, answers) => {
      try {
        const result = await call(api.POST('/training/me/quizzes/{quizId}/attempts', {params: {path: {quizId}}, body: {answers}, ...traineeWrite()}));
        await refresh();
        if (!result.state) return {ok: false, code: 'quiz_not_passed', detail: `${Math.round(result.score * 100)}% < ${Math.round(result.passMark * 100)}%`};
        return {ok: true, state: stateOf(result.state)};
      } catch (error) {
        return problem(quizId, error);
      }
    },
    [problem, refresh],
  );

  // What the reader did in this browser before signing in: readings and checked-off items, and quiz answers
  // (graded again by the server). Sent once, then forgotten here.
  useEffect(() => {
    if (synced.current) return;
    synced.current = true;
    const local = readLocalProgress();
    const onServer = new Set(me.items.map((item) => item.itemId));
    const mine = new Set(me.outline.flatMap((week) => week.items.map((item) => item.id)));
    const sends: Promise<unknown>[] = [];
    for (const [itemId] of Object.entries(local.items)) {
      const item = catalogueItem(itemId);
      if (!item || item.kind === 'quiz' || onServer.has(itemId) || !mine.has(itemId) || item.check.type !== 'manual') continue;
      sends.push(call(api.POST('/training/me/items/{itemId}/completion', {params: {path: {itemId}}, body: {}, ...traineeWrite()})).catch(() => undefined));
    }
    for (const [quizId, sheet] of Object.entries(local.quizzes)) {
      if (!mine.has(quizId) || me.items.some((item) => item.itemId === quizId && !item.changed)) continue;
      sends.push(call(api.POST('/training/me/quizzes/{quizId}/attempts', {params: {path: {quizId}}, body: {answers: sheet.answers}, ...traineeWrite()})).catch(() => undefined));
    }
    if (sends.length === 0) return;
    void Promise.all(sends).then(() => {
      window.localStorage.removeItem(localProgressKey);
      void refresh();
    });
  }, [me, refresh]);

  const value = useMemo<TrainingProgress>(
    () => ({
      trainee: {name: me.trainee.name, track: me.trainee.track},
      items: Object.fromEntries(me.items.map((item) => [item.itemId, stateOf(item)])),
      complete,
      submitQuiz,
    }),
    [me, complete, submitQuiz],
  );
  return <TrainingProgressContext.Provider value={value}>{children}</TrainingProgressContext.Provider>;
}

function Switch({children}: {children: ReactNode}): ReactNode {
  const me = useMyTraining();
  if (me.data) return <SignedIn me={me.data}>{children}</SignedIn>;
  return <LocalProgressProvider>{children}</LocalProgressProvider>;
}

/**
 * The progress every training component on the site reads: the signed-in trainee's (this browser signed in
 * before, and the server agrees), else the anonymous reader's in this browser.
 */
export default function TrainingProgressProvider({children}: {children: ReactNode}): ReactNode {
  return (
    <ApiProvider>
      <Switch>{children}</Switch>
    </ApiProvider>
  );
}
