import { z } from 'zod';

export const SlaReportQuery = z.object({
  from: z.iso.date().meta({ description: 'First day, inclusive, in the support calendar’s zone (`SUPPORT_TIME_ZONE`).', descriptionZh: '第一天，含当天，按支持日历的时区（`SUPPORT_TIME_ZONE`）。', example: '2026-11-01' }),
  to: z.iso.date().meta({ description: 'Last day, inclusive; at most 366 days after `from`.', descriptionZh: '最后一天，含当天；最多在 `from` 之后 366 天。', example: '2026-11-30' }),
  by: z.enum(['priority', 'category', 'agent']).default('priority').meta({ description: 'What the rows are grouped by.', descriptionZh: '行的分组依据。' }),
});

const Counts = z.object({
  met: z.int().min(0),
  breached: z.int().min(0),
  open: z.int().min(0).meta({ description: 'Clocks still running within their target, or paused.', descriptionZh: '仍在目标时限内进行或已暂停的计时。' }),
  compliance: z.number().min(0).max(1).nullable().meta({ description: 'met ÷ (met + breached); null when none ended.', descriptionZh: '达成数 ÷（达成数 + 超时数）；没有已结束的计时时为 null。' }),
});

export const SlaReportRow = Counts.extend({
  dimension: z.enum(['priority', 'category', 'agent']),
  value: z.string().nullable().meta({ description: 'The priority, category or agent’s name; null for tickets nobody is assigned to.', descriptionZh: '优先级、分类或处理人的姓名；未分配的工单为 null。' }),
  target: z.enum(['first_response', 'resolution']),
  medianHours: z.number().nullable().meta({ description: 'Median business hours used by the clocks that ended (met or breached).', descriptionZh: '已结束（达成或超时）的计时所用工作小时数的中位数。' }),
  p90Hours: z.number().nullable().meta({ description: '90th percentile (nearest rank) of the same.', descriptionZh: '同上的第 90 百分位数（最近秩法）。' }),
});

export const SlaReport = z
  .object({
    from: z.string(),
    to: z.string(),
    timeZone: z.string(),
    by: z.enum(['priority', 'category', 'agent']),
    rows: z.array(SlaReportRow),
    totals: z.object({ first_response: Counts, resolution: Counts }),
  })
  .meta({
    example: {
      from: '2026-11-01',
      to: '2026-11-30',
      timeZone: 'Asia/Shanghai',
      by: 'priority',
      rows: [
        { dimension: 'priority', value: 'P2', target: 'first_response', met: 18, breached: 2, open: 1, compliance: 0.9, medianHours: 0.42, p90Hours: 0.95 },
        { dimension: 'priority', value: 'P2', target: 'resolution', met: 15, breached: 3, open: 3, compliance: 0.833, medianHours: 5.5, p90Hours: 9.25 },
      ],
      totals: { first_response: { met: 18, breached: 2, open: 1, compliance: 0.9 }, resolution: { met: 15, breached: 3, open: 3, compliance: 0.833 } },
    },
  });
