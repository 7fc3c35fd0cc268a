import {defineText} from '@site/src/components/i18n';

/** The SLA words the queue, the workspace and the console shell share. */
export const slaText = defineText({
  on_track: {zh: '按时', en: 'On track'},
  at_risk: {zh: '有风险', en: 'At risk'},
  breached: {zh: '已超时', en: 'Breached'},
  met: {zh: '已达成', en: 'Met'},
  paused: {zh: '已暂停', en: 'Paused'},
  first_response: {zh: '首次响应', en: 'First response'},
  resolution: {zh: '解决', en: 'Resolution'},
  badgeLabel: (clock: string, state: string) => ({zh: `SLA ${clock}：${state}`, en: `SLA ${clock}: ${state}`}),
  due: {zh: '到期', en: 'Due'},
  noDue: {zh: '无到期时间', en: 'No due time'},
  hours: (h: number) => ({zh: `${h} 小时`, en: `${h} h`}),
  minutes: (m: number) => ({zh: `${m} 分钟`, en: `${m} min`}),
  docsLink: {zh: '如何录入下一年的节假日', en: 'How to load next year’s holidays'},
});

export type SlaState = 'on_track' | 'at_risk' | 'breached' | 'met' | 'paused';
export type SlaClockKind = 'first_response' | 'resolution';

/** Where the operations guide explains loading next year's holidays; Link adds the locale's prefix. */
export const nextYearDocsPath = '/docs/operations/sla#next-year';
