import type { Registry } from 'prom-client';
import { z } from 'zod';
import { traineeOf } from '../auth/actor.js';
import { clearTraineeCookie, setTraineeCookie } from '../auth/session-cookie.js';
import type { AppContext } from '../context.js';
import { clientAddress } from '../http/client-address.js';
import { negotiateLocale, type Locale } from '../http/locale.js';
import { defineRoutes } from '../http/route-spec.js';
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
    tag,
    audience: ['anyone'],
    body: { schema: SignInLinkBody },
    responses: { 202: { description: 'Accepted.', schema: Accepted } },
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
    tag,
    audience: ['anyone'],
    body: { schema: SessionBody },
    responses: { 200: { description: 'Signed in; the cookie is set.', schema: SignedIn } },
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
    tag,
    audience: ['trainee'],
    responses: { 200: { description: 'The trainee’s progress.', schema: MyTraining } },
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
    tag,
    audience: ['trainee'],
    params: ItemParams,
    body: { schema: CompletionBody },
    responses: { 200: { description: 'The item’s progress.', schema: ItemStateView } },
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
    tag,
    audience: ['trainee'],
    params: QuizParams,
    body: { schema: QuizBody },
    responses: { 200: { description: 'The graded attempt.', schema: QuizResult } },
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
    tag,
    audience: ['trainee'],
    responses: { 200: { description: 'The certificate, or what is still missing.', schema: Certificate } },
    problems: ['unauthenticated', 'forbidden'],
    handler: async (req, res, { training }) => {
      res.json(await training.certificate(traineeOf(req.actor)));
    },
  },
]);
