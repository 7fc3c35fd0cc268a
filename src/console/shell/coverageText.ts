import {defineText} from '@site/src/components/i18n';

/** The administrators' warning that a calendar in use runs out of holidays. */
export const coverageText = defineText({
  heading: {zh: 'SLA 日历即将失效', en: 'An SLA calendar runs out soon'},
  ending: (name: string, until: string, days: number) => ({
    zh: `工作日历“${name}”的节假日只录入到 ${until}（还剩 ${days} 天）。之后的日期不会被当作普通工作日：需要这些日期的 SLA 计时将没有到期时间。`,
    en: `The working calendar “${name}” has holidays up to ${until} only (${days} day${days === 1 ? '' : 's'} left). Later days are never taken as ordinary weekdays: SLA clocks that need them get no due time.`,
  }),
  ended: (name: string, until: string) => ({
    zh: `工作日历“${name}”的节假日只录入到 ${until}，覆盖范围已经结束：需要之后日期的 SLA 计时没有到期时间。`,
    en: `The working calendar “${name}” has holidays up to ${until} only, and that day has passed: SLA clocks that need later days have no due time.`,
  }),
  action: {zh: '请录入下一年的节假日和调休上班日。', en: 'Load next year’s holidays and make-up working days.'},
  dismiss: {zh: '本次登录期间不再显示', en: 'Hide for this session'},
});
