import { z } from 'zod';
import { defineRoutes } from '../http/route-spec.js';
import { negotiateLocale } from '../http/locale.js';
import type { SlaReportService } from './report.js';
import { SlaReport, SlaReportQuery } from './report-schemas.js';
import { slaExamples } from './examples.js';

const problems = ['unauthenticated', 'forbidden', 'validation_failed'] as const;

export const slaReportRoutes = defineRoutes<{ slaReport: SlaReportService }>([
  {
    method: 'get',
    path: '/admin/sla/report',
    operationId: 'getSlaReport',
    summary: 'SLA compliance over a period',
    summaryZh: '一段时间内的 SLA 达标情况',
    description:
      'The SLA clocks of the tickets filed in the period (days in the support calendar’s zone), per priority, category ' +
      'or agent and per target: met, breached and still open, the share met, and the median and 90th-percentile ' +
      'business hours used by the clocks that ended. A clock still running past its target counts as breached.',
    descriptionZh: '这段时间内（按支持日历时区的日期）提交的工单的 SLA 计时，按优先级、分类或处理人以及目标分组：达成、超时和仍在进行的数量，达成率，以及已结束计时所用工作小时数的中位数和第 90 百分位数。超过目标仍在进行的计时算作超时。',
    tag: 'sla',
    audience: ['admin'],
    examples: slaExamples.getSlaReport,
    query: SlaReportQuery,
    responses: { 200: { description: 'The report.', descriptionZh: '报表。', schema: SlaReport } },
    problems: [...problems],
    handler: async (req, res, { slaReport }) => {
      const { from, to, by } = SlaReportQuery.parse(req.query);
      res.json(await slaReport.report(from, to, by));
    },
  },
  {
    method: 'get',
    path: '/admin/sla/report.csv',
    operationId: 'exportSlaReport',
    summary: 'SLA compliance over a period, as CSV',
    summaryZh: '导出 SLA 达标情况（CSV）',
    description:
      'The rows of `GET /admin/sla/report` as CSV (RFC 4180), headed in the caller’s language (`Accept-Language`); ' +
      'the Chinese file starts with a byte-order mark so spreadsheet programs read it as UTF-8. A cell that would run as ' +
      'a formula is prefixed with an apostrophe.',
    descriptionZh: '`GET /admin/sla/report` 的各行，以 CSV（RFC 4180）格式输出，表头使用调用方的语言（`Accept-Language`）；中文文件以字节顺序标记开头，使电子表格程序按 UTF-8 读取。可能被当作公式执行的单元格前加一个撇号。',
    tag: 'sla',
    audience: ['admin'],
    examples: slaExamples.exportSlaReport,
    query: SlaReportQuery,
    responses: { 200: { description: 'The report as CSV.', descriptionZh: 'CSV 格式的报表。', schema: z.string(), contentType: 'text/csv' } },
    problems: [...problems],
    handler: async (req, res, { slaReport }) => {
      const { from, to, by } = SlaReportQuery.parse(req.query);
      const locale = negotiateLocale(req.get('accept-language'));
      const body = await slaReport.csv(from, to, by, locale);
      res
        .status(200)
        .type('text/csv; charset=utf-8')
        .attachment(`sla-${by}-${from}-${to}.csv`)
        .send(body);
    },
  },
]);
