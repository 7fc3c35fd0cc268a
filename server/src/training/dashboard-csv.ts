import type { Locale } from '../http/locale.js';
import { reportCsv } from '../shared/csv.js';
import type { Dashboard } from './schemas.js';

const headings = {
  'zh-Hans': { name: '姓名', email: '邮箱', track: '方向', week: (n: number) => `第 ${n} 周`, done: '已完成', required: '必做', overdue: '逾期条目', lateDays: '最多逾期工作日', quiz: '测验平均分', signOff: '待确认', changed: '内容已修改', complete: '已结业' },
  en: { name: 'name', email: 'e-mail', track: 'track', week: (n: number) => `week ${n}`, done: 'done', required: 'required', overdue: 'overdue items', lateDays: 'most working days late', quiz: 'quiz average', signOff: 'awaiting sign-off', changed: 'changed since completed', complete: 'complete' },
} as const;

/** The cohort × weeks table as CSV (shared/csv.ts): one row per trainee, each week as "done/required". */
export function dashboardCsv(dashboard: Dashboard, locale: Locale): string {
  const h = headings[locale];
  const columns = [h.name, h.email, h.track, ...dashboard.weeks.map((w) => h.week(w.week)), h.done, h.required, h.overdue, h.lateDays, h.quiz, h.signOff, h.changed, h.complete];
  const rows = dashboard.rows.map((row) => {
    const scores = row.weeks.map((w) => w.quizScore).filter((s): s is number => s !== null);
    return [
      row.trainee.name,
      row.trainee.email,
      row.trainee.track,
      ...row.weeks.map((w) => `${w.done}/${w.required}`),
      row.done,
      row.required,
      row.overdue,
      Math.max(0, ...row.weeks.map((w) => w.overdueWorkingDays)),
      scores.length ? (scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(2) : '',
      row.awaitingSignOff,
      row.changed,
      row.complete ? 'yes' : 'no',
    ];
  });
  return reportCsv(rows, columns, locale);
}
