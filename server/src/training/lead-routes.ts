import { z } from 'zod';
import { staffOf } from '../auth/actor.js';
import { negotiateLocale } from '../http/locale.js';
import { defineRoutes } from '../http/route-spec.js';
import { trainingExamples } from './examples.js';
import { dashboardCsv } from './dashboard-csv.js';
import {
  CohortBody,
  CohortList,
  CohortParams,
  CohortPatch,
  CohortView,
  Dashboard,
  InviteBody,
  ItemStateView,
  TraineeItemParams,
  TraineeParams,
  TraineePatch,
  TraineeProgress,
  TraineeView,
} from './schemas.js';
import type { TrainingService } from './service.js';

const tag = 'training';
const read = ['unauthenticated', 'forbidden'] as const;
const write = ['validation_failed', 'unauthenticated', 'forbidden', 'csrf_failed'] as const;
const CohortTrainees = z.object({ cohort: CohortView, trainees: z.array(TraineeView) });

/** Cohorts for administrators, and what a cohort's lead does: invite, follow, sign off, export. */
export const trainingLeadRoutes = defineRoutes<{ training: TrainingService }>([
  {
    method: 'get',
    path: '/training/cohorts',
    operationId: 'listCohorts',
    summary: 'Cohorts: all for an administrator, the ones they lead for an agent',
    summaryZh: '培训期次：管理员看到全部，普通员工看到自己负责的',
    examples: trainingExamples.listCohorts,
    tag,
    audience: ['staff'],
    responses: { 200: { description: 'The cohorts, newest start first.', descriptionZh: '培训期次，开始日期最近的在前。', schema: CohortList } },
    problems: [...read],
    handler: async (req, res, { training }) => {
      res.json({ items: await training.listCohorts(staffOf(req.actor)) });
    },
  },
  {
    method: 'post',
    path: '/training/cohorts',
    operationId: 'createCohort',
    summary: 'Start a cohort',
    summaryZh: '新建培训期次',
    description: 'A name, the first day of week 1, a lead (any active staff member) and the working-day calendar deadlines are counted on.',
    descriptionZh: '名称、第 1 周的第一天、培训负责人（任何在职员工），以及计算截止时间的工作日历。',
    examples: trainingExamples.createCohort,
    tag,
    audience: ['admin'],
    body: { schema: CohortBody },
    responses: { 201: { description: 'The new cohort.', descriptionZh: '新建的期次。', schema: CohortView } },
    problems: [...write],
    handler: async (req, res, { training }) => {
      res.status(201).json(await training.createCohort(CohortBody.parse(req.body)));
    },
  },
  {
    method: 'patch',
    path: '/training/cohorts/{id}',
    operationId: 'updateCohort',
    summary: 'Rename a cohort, move its start, change its lead or calendar',
    summaryZh: '修改培训期次的名称、开始日期、讲师或日历',
    examples: trainingExamples.updateCohort,
    tag,
    audience: ['admin'],
    params: CohortParams,
    body: { schema: CohortPatch },
    responses: { 200: { description: 'The cohort as changed.', descriptionZh: '修改后的期次。', schema: CohortView } },
    problems: [...write, 'not_found', 'version_conflict'],
    handler: async (req, res, { training }) => {
      const { id } = CohortParams.parse(req.params);
      res.json(await training.updateCohort(id, CohortPatch.parse(req.body)));
    },
  },
  {
    method: 'get',
    path: '/training/cohorts/{id}/trainees',
    operationId: 'listCohortTrainees',
    summary: 'A cohort and its trainees',
    summaryZh: '培训期次及其学员',
    description: 'For administrators and the cohort’s lead; other staff get 403.',
    descriptionZh: '管理员和本期的培训负责人可以访问；其他员工得到 403。',
    examples: trainingExamples.listCohortTrainees,
    tag,
    audience: ['staff'],
    params: CohortParams,
    responses: { 200: { description: 'The cohort and its trainees, removed ones last.', descriptionZh: '期次及其学员，已移出的在最后。', schema: CohortTrainees } },
    problems: [...read, 'not_found'],
    handler: async (req, res, { training }) => {
      const { id } = CohortParams.parse(req.params);
      res.json(await training.cohortTrainees(staffOf(req.actor), id));
    },
  },
  {
    method: 'post',
    path: '/training/cohorts/{id}/trainees',
    operationId: 'inviteTrainee',
    summary: 'Invite a trainee into a cohort by e-mail',
    summaryZh: '通过邮件邀请学员加入培训期次',
    description:
      'Stores the trainee and e-mails the invitation with a single-use sign-in link, in one transaction. An address that ' +
      'is already a trainee is `conflict` (field `email`). For administrators and the cohort’s lead.',
    descriptionZh: '在同一个事务中保存学员并发送带一次性登录链接的邀请邮件。已经是学员的邮箱返回 `conflict`（字段 `email`）。管理员和本期的培训负责人可以访问。',
    examples: trainingExamples.inviteTrainee,
    tag,
    audience: ['staff'],
    params: CohortParams,
    body: { schema: InviteBody },
    responses: { 201: { description: 'The trainee, invited.', descriptionZh: '已邀请的学员。', schema: TraineeView } },
    problems: [...write, 'not_found', 'conflict'],
    handler: async (req, res, { training }) => {
      const { id } = CohortParams.parse(req.params);
      res.status(201).json(await training.invite(staffOf(req.actor), id, InviteBody.parse(req.body)));
    },
  },
  {
    method: 'get',
    path: '/training/cohorts/{id}/dashboard',
    operationId: 'getCohortDashboard',
    summary: 'The cohort × weeks table: progress, overdue items and quiz scores',
    summaryZh: '期次 × 周的进度表：完成情况、逾期条目和测验得分',
    description:
      'Per trainee and week: required items done, items overdue after the week’s due time (the end of its fifth working ' +
      'day on the cohort’s calendar) and how many working days late, the quiz score; with awaiting sign-off and ' +
      'changed-since-completed counts. `calendarAttention` says when the calendar does not cover the five weeks.',
    descriptionZh: '按学员和周列出：已完成的必做条目、超过本周截止时间（本期日历上第五个工作日的下班时间）仍未完成的条目及已过的工作日数、测验得分；另有等待确认和完成后内容已修改的条目数。日历没有覆盖五周时，`calendarAttention` 会说明。',
    examples: trainingExamples.getCohortDashboard,
    tag,
    audience: ['staff'],
    params: CohortParams,
    responses: { 200: { description: 'The dashboard.', descriptionZh: '进度表。', schema: Dashboard } },
    problems: [...read, 'not_found'],
    handler: async (req, res, { training }) => {
      const { id } = CohortParams.parse(req.params);
      res.json(await training.dashboard(staffOf(req.actor), id));
    },
  },
  {
    method: 'get',
    path: '/training/cohorts/{id}/dashboard.csv',
    operationId: 'exportCohortDashboard',
    summary: 'The cohort × weeks table as CSV',
    summaryZh: '导出期次 × 周的进度表（CSV）',
    description: 'One row per trainee, each week as done/required, headed in the caller’s language; formulas defused.',
    descriptionZh: '每位学员一行，每周为“已完成/必做”，表头使用调用方的语言；可能被当作公式执行的单元格已处理。',
    examples: trainingExamples.exportCohortDashboard,
    tag,
    audience: ['staff'],
    params: CohortParams,
    responses: { 200: { description: 'The dashboard as CSV.', descriptionZh: 'CSV 格式的进度表。', schema: z.string(), contentType: 'text/csv' } },
    problems: [...read, 'not_found'],
    handler: async (req, res, { training }) => {
      const { id } = CohortParams.parse(req.params);
      const dashboard = await training.dashboard(staffOf(req.actor), id);
      res
        .status(200)
        .type('text/csv; charset=utf-8')
        .attachment(`training-${dashboard.cohort.startsOn}.csv`)
        .send(dashboardCsv(dashboard, negotiateLocale(req.get('accept-language'))));
    },
  },
  {
    method: 'patch',
    path: '/training/trainees/{id}',
    operationId: 'updateTrainee',
    summary: 'Rename a trainee, change their track, remove them from the cohort or bring them back',
    summaryZh: '修改学员姓名、学习方向，将其移出期次或恢复',
    examples: trainingExamples.updateTrainee,
    tag,
    audience: ['staff'],
    params: TraineeParams,
    body: { schema: TraineePatch },
    responses: { 200: { description: 'The trainee as changed.', descriptionZh: '修改后的学员。', schema: TraineeView } },
    problems: [...write, 'not_found', 'version_conflict'],
    handler: async (req, res, { training }) => {
      const { id } = TraineeParams.parse(req.params);
      res.json(await training.updateTrainee(staffOf(req.actor), id, TraineePatch.parse(req.body)));
    },
  },
  {
    method: 'post',
    path: '/training/trainees/{id}/invitation',
    operationId: 'resendTraineeInvitation',
    summary: 'Send the invitation again, with a fresh sign-in link',
    summaryZh: '重新发送邀请邮件（附新的登录链接）',
    examples: trainingExamples.resendTraineeInvitation,
    tag,
    audience: ['staff'],
    params: TraineeParams,
    responses: { 202: { description: 'The invitation is queued.' } },
    problems: [...write, 'not_found'],
    handler: async (req, res, { training }) => {
      const { id } = TraineeParams.parse(req.params);
      await training.resendInvitation(staffOf(req.actor), id);
      res.status(202).end();
    },
  },
  {
    method: 'get',
    path: '/training/trainees/{id}/progress',
    operationId: 'getTraineeProgress',
    summary: 'One trainee’s progress by item, for their lead',
    summaryZh: '某位学员按条目的进度（供讲师查看）',
    examples: trainingExamples.getTraineeProgress,
    tag,
    audience: ['staff'],
    params: TraineeParams,
    responses: { 200: { description: 'The trainee’s progress.', descriptionZh: '学员的学习进度。', schema: TraineeProgress } },
    problems: [...read, 'not_found'],
    handler: async (req, res, { training }) => {
      const { id } = TraineeParams.parse(req.params);
      res.json(await training.traineeProgress(staffOf(req.actor), id));
    },
  },
  {
    method: 'post',
    path: '/training/trainees/{id}/items/{itemId}/sign-off',
    operationId: 'signOffTrainingItem',
    summary: 'Sign off an item a trainee checked off',
    summaryZh: '确认学员已勾选的条目',
    description: 'For items that need the lead’s confirmation; an item the trainee has not checked off yet is `not_found`.',
    descriptionZh: '用于需要培训负责人确认的条目；学员尚未勾选的条目返回 `not_found`。',
    examples: trainingExamples.signOffTrainingItem,
    tag,
    audience: ['staff'],
    params: TraineeItemParams,
    responses: { 200: { description: 'The item, signed off.', descriptionZh: '已确认的条目。', schema: ItemStateView } },
    problems: [...write, 'not_found'],
    handler: async (req, res, { training }) => {
      const { id, itemId } = TraineeItemParams.parse(req.params);
      res.json(await training.signOff(staffOf(req.actor), id, itemId));
    },
  },
]);
