import {defineText} from '@site/src/components/i18n';

/** The workspace's SLA panel. */
export const slaPanelText = defineText({
  heading: {zh: '服务级别（SLA）', en: 'Service level (SLA)'},
  loading: {zh: '正在读取 SLA 计时…', en: 'Reading the SLA clocks…'},
  none: {zh: '这个工单没有 SLA 计时（在 SLA 功能上线之前提交）。', en: 'This ticket has no SLA clocks (it was filed before SLAs existed).'},
  due: {zh: '到期时间', en: 'Due'},
  noDue: {zh: '没有到期时间', en: 'No due time'},
  used: {zh: '已用 / 目标', en: 'Used / target'},
  usedOf: (used: string, target: string) => ({zh: `${used} / ${target}（工作时间）`, en: `${used} of ${target} (business hours)`}),
  started: {zh: '开始于', en: 'Started'},
  pausedSince: {zh: '暂停于（等待客户）', en: 'Paused since (waiting for the customer)'},
  pausedNote: {zh: '等待客户期间不计时；客户回复后继续。', en: 'No time counts while the customer is awaited; it runs again when they answer.'},
  metAt: {zh: '达成于', en: 'Met at'},
  breachedAt: {zh: '超时于', en: 'Breached at'},
  warnedAt: {zh: '已提醒处理人（或团队）', en: 'Assignee (or team) warned'},
  escalatedAt: {zh: '已通知管理员', en: 'Administrators told'},
  attention: {
    zh: '日历没有覆盖这个计时需要的日期，因此无法计算到期时间（系统不会把未覆盖的日期当作普通工作日）。请管理员录入下一年的节假日日历。',
    en: 'The calendar does not cover the days this clock needs, so no due time can be given (days it does not cover are never taken as ordinary weekdays). An administrator needs to load next year’s holiday calendar.',
  },
  howComputed: {zh: '计算方式', en: 'How this was computed'},
  calendar: {zh: '日历', en: 'Calendar'},
  timeZone: {zh: '时区', en: 'Time zone'},
  alwaysOpen: {zh: '7×24（全天计时，不分时区）', en: '7×24 (every hour counts, no time zone)'},
  banked: {zh: '此前已用', en: 'Used before'},
  runningSince: {zh: '本次计时开始', en: 'Running since'},
  remaining: {zh: '剩余目标时间', en: 'Target left'},
  intervalsIntro: {zh: '剩余目标时间按以下工作时段累计（按您的时区显示），累计满时即为到期时间：', en: 'The target left is counted over these working intervals (shown in your time zone); where it runs out is the due time:'},
  intervalsMore: {zh: '（最多列出 100 个时段）', en: '(at most 100 intervals are listed)'},
  notRunning: {zh: '计时没有在运行，所以没有需要累计的工作时段。', en: 'The clock is not running, so there are no working intervals to count over.'},
  intervalsLabel: (clock: string) => ({zh: `${clock}计入的工作时段`, en: `Working intervals counted for ${clock.toLowerCase()}`}),
});
