import { defineRoutes } from '../http/route-spec.js';
import { TicketParams } from '../tickets/schemas.js';
import {
  CalendarBody,
  CalendarDaysBody,
  CalendarList,
  CalendarParams,
  CalendarReplaceBody,
  CalendarSaved,
  CalendarView,
  PolicyBody,
  PolicyList,
  PolicyParams,
  PolicySaved,
  TicketSla,
} from './schemas.js';
import type { SlaService } from './service.js';
import { slaExamples } from './examples.js';

const tag = 'sla';
const adminProblems = ['unauthenticated', 'forbidden', 'csrf_failed'] as const;

export const slaRoutes = defineRoutes<{ sla: SlaService }>([
  {
    method: 'get',
    path: '/admin/sla/calendars',
    operationId: 'listSlaCalendars',
    summary: 'Business calendars of the SLA policies',
    summaryZh: 'SLA 策略使用的工作日历',
    description: 'Each with its coverage: `coverage.warn` is true from 60 days before the last covered day, and after it.', descriptionZh: '每个日历附带其覆盖范围：从覆盖的最后一天之前 60 天起，以及此后，`coverage.warn` 为 true。',
    tag,
    audience: ['admin'],
    examples: slaExamples.listSlaCalendars,
    responses: { 200: { description: 'The built-in 7×24 calendar first, then the others by id.', descriptionZh: '内置的 7×24 日历在前，其余按 ID 排列。', schema: CalendarList } },
    problems: [...adminProblems],
    handler: async (_req, res, { sla }) => {
      res.json({ items: await sla.listCalendars() });
    },
  },
  {
    method: 'post',
    path: '/admin/sla/calendars',
    operationId: 'createSlaCalendar',
    summary: 'Add a business calendar',
    summaryZh: '新增工作日历',
    description:
      'Refused with field errors: overlapping (`overlapping_intervals`) or inverted (`inverted_interval`) hours, an unknown ' +
      'time zone (`unknown_time_zone`), one date given twice, such as a holiday that is also a make-up day (`duplicate_date`), ' +
      'a date outside the coverage (`outside_coverage`).',
    descriptionZh: '以下情况以字段错误拒绝：时段重叠（`overlapping_intervals`）或起止颠倒（`inverted_interval`），未知时区（`unknown_time_zone`），同一日期出现两次，例如既是节假日又是调休日（`duplicate_date`），日期在覆盖范围之外（`outside_coverage`）。',
    tag,
    audience: ['admin'],
    examples: slaExamples.createSlaCalendar,
    body: { schema: CalendarBody },
    responses: { 201: { description: 'Created.', descriptionZh: '已创建。', schema: CalendarSaved } },
    problems: ['validation_failed', 'conflict', ...adminProblems],
    handler: async (req, res, { sla }) => {
      const saved = await sla.createCalendar(CalendarBody.parse(req.body));
      res.status(201).location(`/api/v1/admin/sla/calendars/${saved.id}`).json(saved);
    },
  },
  {
    method: 'get',
    path: '/admin/sla/calendars/{id}',
    operationId: 'getSlaCalendar',
    summary: 'One business calendar',
    summaryZh: '查看一个工作日历',
    tag,
    audience: ['admin'],
    examples: slaExamples.getSlaCalendar,
    params: CalendarParams,
    responses: { 200: { description: 'The calendar.', descriptionZh: '日历。', schema: CalendarView } },
    problems: ['not_found', ...adminProblems],
    handler: async (req, res, { sla }) => {
      res.json(await sla.getCalendar(CalendarParams.parse(req.params).id));
    },
  },
  {
    method: 'put',
    path: '/admin/sla/calendars/{id}',
    operationId: 'replaceSlaCalendar',
    summary: 'Replace a business calendar',
    summaryZh: '整体替换工作日历',
    description:
      'The body is the whole calendar; its `id` may be left out (it is the path’s). ' +
      'The open SLA clocks of every policy on it get their due times computed again (time used kept), 500 per ' +
      'transaction; `recomputed` says how many tickets changed. The built-in 7×24 calendar cannot be changed.',
    descriptionZh: '请求正文是完整的日历；`id` 可以省略（取路径中的值）。使用它的每个策略的进行中 SLA 计时都会重新计算到期时间（已用时间保留），每个事务 500 个；`recomputed` 给出有多少工单发生了变化。内置的 7×24 日历不能修改。',
    tag,
    audience: ['admin'],
    examples: slaExamples.replaceSlaCalendar,
    params: CalendarParams,
    body: { schema: CalendarReplaceBody },
    responses: { 200: { description: 'The calendar as saved.', descriptionZh: '保存后的日历。', schema: CalendarSaved } },
    problems: ['validation_failed', 'not_found', 'calendar_built_in', 'version_conflict', ...adminProblems],
    handler: async (req, res, { sla }) => {
      res.json(await sla.replaceCalendar(CalendarParams.parse(req.params).id, req.body));
    },
  },
  {
    method: 'post',
    path: '/admin/sla/calendars/{id}/days',
    operationId: 'addSlaCalendarDays',
    summary: 'Add holidays and make-up working days, and extend the coverage (next year’s notice)',
    summaryZh: '添加节假日和调休上班日并延长覆盖范围（下一年的通知）',
    description:
      'A date the calendar already has is replaced. Days outside the new coverage are refused (`outside_coverage`), ' +
      'and a date given twice (`duplicate_date`); field errors name `days.N` as sent. Open clocks are computed again.',
    descriptionZh: '日历中已有的日期会被替换。新覆盖范围之外的日期（`outside_coverage`）和出现两次的日期（`duplicate_date`）会被拒绝；字段错误按发送的顺序写作 `days.N`。进行中的计时会重新计算。',
    tag,
    audience: ['admin'],
    examples: slaExamples.addSlaCalendarDays,
    params: CalendarParams,
    body: { schema: CalendarDaysBody },
    responses: { 200: { description: 'The calendar as saved.', descriptionZh: '保存后的日历。', schema: CalendarSaved } },
    problems: ['validation_failed', 'not_found', 'calendar_built_in', ...adminProblems],
    handler: async (req, res, { sla }) => {
      res.json(await sla.addDays(CalendarParams.parse(req.params).id, CalendarDaysBody.parse(req.body)));
    },
  },
  {
    method: 'delete',
    path: '/admin/sla/calendars/{id}',
    operationId: 'deleteSlaCalendar',
    summary: 'Delete a business calendar no policy uses',
    summaryZh: '删除没有策略使用的工作日历',
    tag,
    audience: ['admin'],
    examples: slaExamples.deleteSlaCalendar,
    params: CalendarParams,
    responses: { 204: { description: 'Deleted.', descriptionZh: '已删除。' } },
    problems: ['not_found', 'calendar_built_in', 'calendar_in_use', ...adminProblems],
    handler: async (req, res, { sla }) => {
      await sla.deleteCalendar(CalendarParams.parse(req.params).id);
      res.status(204).end();
    },
  },
  {
    method: 'get',
    path: '/admin/sla/policies',
    operationId: 'listSlaPolicies',
    summary: 'The SLA policy of each priority',
    summaryZh: '各优先级的 SLA 策略',
    tag,
    audience: ['admin'],
    examples: slaExamples.listSlaPolicies,
    responses: { 200: { description: 'P1 to P4.', descriptionZh: 'P1 到 P4。', schema: PolicyList } },
    problems: [...adminProblems],
    handler: async (_req, res, { sla }) => {
      res.json({ items: await sla.listPolicies() });
    },
  },
  {
    method: 'put',
    path: '/admin/sla/policies/{priority}',
    operationId: 'saveSlaPolicy',
    summary: 'Set the targets and calendar of a priority',
    summaryZh: '设置某个优先级的目标和日历',
    description:
      'Targets are business minutes of the calendar, at least 1. Open clocks of this priority keep the time used ' +
      '(under the calendar it was used under) and their pauses, and get new due times.',
    descriptionZh: '目标时限以日历的工作分钟计，至少为 1。此优先级的进行中计时保留已用时间（按当时使用的日历计）和暂停记录，并得到新的到期时间。',
    tag,
    audience: ['admin'],
    examples: slaExamples.saveSlaPolicy,
    params: PolicyParams,
    body: { schema: PolicyBody },
    responses: { 200: { description: 'The policy as saved.', descriptionZh: '保存后的策略。', schema: PolicySaved } },
    problems: ['validation_failed', 'version_conflict', ...adminProblems],
    handler: async (req, res, { sla }) => {
      res.json(await sla.savePolicy(PolicyParams.parse(req.params).priority, PolicyBody.parse(req.body)));
    },
  },
  {
    method: 'get',
    path: '/tickets/{number}/sla',
    operationId: 'getTicketSla',
    summary: 'A ticket’s SLA clocks: state, due times and how they were computed',
    summaryZh: '工单的 SLA 计时：状态、到期时间及其计算方式',
    description:
      '`state` is `on_track`, `at_risk` (past the policy’s warn share), `breached`, `met` or `paused` (waiting on the ' +
      'customer). `computation.intervals` are the working intervals the remaining time is counted over.',
    descriptionZh: '`state` 为 `on_track`（正常）、`at_risk`（已超过策略的预警比例）、`breached`（已超时）、`met`（已达成）或 `paused`（等待客户）。`computation.intervals` 是计算剩余时间所用的工作时段。',
    tag,
    audience: ['staff'],
    examples: slaExamples.getTicketSla,
    params: TicketParams,
    responses: { 200: { description: 'First response and resolution clocks.', descriptionZh: '首次响应计时和解决计时。', schema: TicketSla } },
    problems: ['not_found', 'unauthenticated', 'forbidden'],
    handler: async (req, res, { sla }) => {
      res.json(await sla.ticketSla(req.actor, TicketParams.parse(req.params).number));
    },
  },
]);
