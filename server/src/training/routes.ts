import type { Registry } from 'prom-client';
import { z } from 'zod';
import { traineeOf } from '../auth/actor.js';
import { clearTraineeCookie, setTraineeCookie } from '../auth/session-cookie.js';
import type { AppContext } from '../context.js';
import { clientAddress } from '../http/client-address.js';
import { negotiateLocale, type Locale } from '../http/locale.js';
import { defineRoutes } from '../http/route-spec.js';
import { trainingExamples } from './examples.js';
import { Certificate, CompletionBody, ItemParams, ItemStateView, MyTraining, QuizBody, QuizParams, QuizResult, SessionBody, SignInLinkBody } from './schemas.js';
import type { TrainingService } from './service.js';

export type TrainingRouteServices = { context: AppContext; training: TrainingService; metricsRegistry?: Registry };

const tag = 'training';
const Accepted = z.object({ message: z.string() });
const SignedIn = z.object({ trainee: z.object({ name: z.string(), track: z.string(), locale: z.string() }) });

const accepted: Record<Locale, (hours: number) => string> = {
  'zh-Hans': (hours) => `如果此邮箱是学员的邮箱，我们已向其发送登录链接，${hours} 小时内有效，只能使用一次。`,
  en: (hours) => `If this address belongs to a trainee, a sign-in link is on its way. It works once, for ${hours} hours.`,
};

/** Signing in by e-mailed link, and the trainee's own progress, checks, quizzes and certificate. */
export const trainingRoutes = defineRoutes<TrainingRouteServices>([
  {
    method: 'post',
    path: '/training/sign-in-links',
    operationId: 'requestTraineeSignInLink',
    summary: 'E-mail me a sign-in link to the training',
    summaryZh: '通过邮件获取培训登录链接',
    description:
      'Always 202 with the same body, whether or not the address belongs to a trainee. If it does, a single-use link is ' +
      'e-mailed to it (never returned here); it works for `TRAINEE_LINK_TTL_HOURS` hours. Limited per client address and per e-mail address.',
    descriptionZh: '无论该邮箱是否属于学员，都返回 202 和相同的正文。属于学员时，向该邮箱发送一次性登录链接（不在响应中返回），有效期 `TRAINEE_LINK_TTL_HOURS` 小时。按客户端地址和邮箱地址限制频率。',
    examples: trainingExamples.requestTraineeSignInLink,
    tag,
    audience: ['anyone'],
    body: { schema: SignInLinkBody },
    responses: { 202: { description: 'Accepted.', descriptionZh: '已受理。', schema: Accepted } },
    problems: ['validation_failed', 'rate_limited'],
    handler: async (req, res, { context, training }) => {
      const { email } = SignInLinkBody.parse(req.body);
      await training.admitLinkRequest(email, clientAddress(req));
      // Answered before the lookup: how long it takes must not tell whether the address is a trainee's.
      context.background.run(() => training.sendSignInLink(email));
      const locale = negotiateLocale(req.get('accept-language'));
      res.status(202).set('Content-Language', locale).json({ message: accepted[locale](context.config.training.linkTtlHours) });
    },
  },
  {
    method: 'post',
    path: '/training/sessions',
    operationId: 'signInTrainee',
    summary: 'Sign in with the token of a sign-in link',
    summaryZh: '用登录链接中的令牌登录培训',
    description:
      'Uses the link (once) and sets the `ho_trainee` cookie (httpOnly, SameSite=Lax, path `/api/v1/training/me`). ' +
      'Writes with the cookie send the CSRF token from `GET /training/me` as `X-CSRF-Token`. A used or expired link is ' +
      '`link_expired`; ask for a new one.',
    descriptionZh: '使用登录链接（仅一次）并设置 Cookie `ho_trainee`（httpOnly、SameSite=Lax、路径 `/api/v1/training/me`）。用 Cookie 写操作时，在 `X-CSRF-Token` 头中带上 `GET /training/me` 返回的 CSRF 令牌。链接已用过或已过期返回 `link_expired`，请重新获取。',
    examples: trainingExamples.signInTrainee,
    tag,
    audience: ['anyone'],
    body: { schema: SessionBody },
    responses: { 200: { description: 'Signed in; the cookie is set.', descriptionZh: '已登录，Cookie 已设置。', schema: SignedIn } },
    problems: ['validation_failed', 'unauthenticated', 'link_expired', 'rate_limited'],
    beforeActor: true,
    handler: async (req, res, { context, training }) => {
      const { token } = SessionBody.parse(req.body);
      const { sessionToken, trainee } = await training.signIn(token, clientAddress(req));
      setTraineeCookie(res, sessionToken, context.config);
      res.json({ trainee: { name: trainee.name, track: trainee.track, locale: trainee.locale } });
    },
  },
  {
    method: 'get',
    path: '/training/me',
    operationId: 'getMyTraining',
    summary: 'The signed-in trainee: cohort, progress by item and by week, and the CSRF token',
    summaryZh: '当前登录的学员：所在期次、按条目和按周的进度以及 CSRF 令牌',
    description: 'Weeks are due at the end of their fifth working day on the cohort’s calendar; `changed` marks completions whose lesson changed since.',
    descriptionZh: '每周在本期日历上第五个工作日的下班时间截止；`changed` 标出完成后课程内容有修改的条目。',
    examples: trainingExamples.getMyTraining,
    tag,
    audience: ['trainee'],
    responses: { 200: { description: 'The trainee’s progress.', descriptionZh: '学员的学习进度。', schema: MyTraining } },
    problems: ['unauthenticated', 'forbidden'],
    handler: async (req, res, { training }) => {
      res.json(await training.me(traineeOf(req.actor)));
    },
  },
  {
    method: 'delete',
    path: '/training/me/session',
    operationId: 'signOutTrainee',
    summary: 'Sign out of the training',
    summaryZh: '退出培训登录',
    examples: trainingExamples.signOutTrainee,
    tag,
    audience: ['trainee'],
    responses: { 204: { description: 'Signed out; the cookie is cleared.' } },
    problems: ['unauthenticated', 'forbidden', 'csrf_failed'],
    handler: async (req, res, { context, training }) => {
      await training.signOut(traineeOf(req.actor));
      clearTraineeCookie(res, context.config);
      res.status(204).end();
    },
  },
  {
    method: 'post',
    path: '/training/me/items/{itemId}/completion',
    operationId: 'completeTrainingItem',
    summary: 'Mark an item done, or have the server check an exercise',
    summaryZh: '标记条目已完成，或请服务器检查练习',
    description:
      'Readings and manual exercises are done at the trainee’s word (those that need a sign-off wait for the lead). ' +
      'Exercises with an automatic check are done only when the check passes against this instance: a ticket filed ' +
      'from the trainee’s address, a pending reply from a staff account of that address, the 5xx ratio read from ' +
      '/metrics (`answer`), a passed drill’s output (`report`); otherwise `check_not_met` says what is missing.',
    descriptionZh: '阅读和手动练习以学员的勾选为准（需要确认的等待培训负责人确认）。自动检查的练习只有在本实例上检查通过才算完成：从学员邮箱提交的工单、与学员邮箱相同的员工账号发出的“等待客户”回复、从 /metrics 读出的 5xx 比例（`answer`）、一次通过的演练输出（`report`）；否则 `check_not_met` 说明还缺什么。',
    examples: trainingExamples.completeTrainingItem,
    tag,
    audience: ['trainee'],
    params: ItemParams,
    body: { schema: CompletionBody },
    responses: { 200: { description: 'The item’s progress.', descriptionZh: '该条目的进度。', schema: ItemStateView } },
    problems: ['validation_failed', 'unauthenticated', 'forbidden', 'csrf_failed', 'not_found', 'check_not_met'],
    handler: async (req, res, { training, metricsRegistry }) => {
      const { itemId } = ItemParams.parse(req.params);
      res.json(await training.complete(traineeOf(req.actor), itemId, CompletionBody.parse(req.body ?? {}), { metrics: metricsRegistry }));
    },
  },
  {
    method: 'post',
    path: '/training/me/quizzes/{quizId}/attempts',
    operationId: 'submitQuizAttempt',
    summary: 'Submit answers to a quiz',
    summaryZh: '提交测验答案',
    description:
      'The server grades the answers (the right answer of each question is in the answer), keeps every attempt, and ' +
      'marks the quiz done once an attempt reaches its pass mark (80 % unless the quiz says otherwise). A later lower ' +
      'score never takes a pass away. Answers a trainee gave before signing in are synced through this route.',
    descriptionZh: '服务器评分（响应中给出每题的正确答案），保存每次提交，得分达到及格线（除非测验另有规定，为 80%）即标记测验完成。之后较低的得分不会取消已通过的成绩。学员登录前作答的答案也通过这个接口同步。',
    examples: trainingExamples.submitQuizAttempt,
    tag,
    audience: ['trainee'],
    params: QuizParams,
    body: { schema: QuizBody },
    responses: { 200: { description: 'The graded attempt.', descriptionZh: '评分后的提交。', schema: QuizResult } },
    problems: ['validation_failed', 'unauthenticated', 'forbidden', 'csrf_failed', 'not_found'],
    handler: async (req, res, { training }) => {
      const { quizId } = QuizParams.parse(req.params);
      res.json(await training.submitQuiz(traineeOf(req.actor), quizId, QuizBody.parse(req.body).answers));
    },
  },
  {
    method: 'get',
    path: '/training/me/certificate',
    operationId: 'getMyCertificate',
    summary: 'The completion certificate, once every required item is done',
    summaryZh: '结业证书：所有必做条目完成后可用',
    description: '`eligible` is false, with the `missing` items, until every required item of the trainee’s track is done or signed off.',
    descriptionZh: '在学员所在方向的全部必做条目完成或确认之前，`eligible` 为 false，并列出 `missing` 的条目。',
    examples: trainingExamples.getMyCertificate,
    tag,
    audience: ['trainee'],
    responses: { 200: { description: 'The certificate, or what is still missing.', descriptionZh: '结业证书，或尚缺的条目。', schema: Certificate } },
    problems: ['unauthenticated', 'forbidden'],
    handler: async (req, res, { training }) => {
      res.json(await training.certificate(traineeOf(req.actor)));
    },
  },
]);
