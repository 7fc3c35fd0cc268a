import {defineText} from '@site/src/components/i18n';
import type {Track} from './progress/context';

/** Strings of the curriculum's components (objectives, readings, exercises, quizzes, the week summary). */
export const trainingText = defineText({
  objectives: {zh: '本周目标', en: 'Objectives of the week'},
  objectivesLead: {zh: '学完本周，您能够：', en: 'By the end of the week you can:'},
  reading: {zh: '阅读', en: 'Reading'},
  exercise: {zh: '练习', en: 'Exercise'},
  quiz: {zh: '测验', en: 'Quiz'},
  expected: {zh: '预期结果', en: 'Expected result'},
  minutes: (minutes: number) => ({zh: `约 ${minutes} 分钟`, en: `about ${minutes} min`}),
  hours: (minutes: number) => ({zh: `${formatHours(minutes)} 小时`, en: `${formatHours(minutes)} h`}),
  optional: {zh: '选做', en: 'Optional'},
  required: {zh: '必做', en: 'Required'},
  tracksLabel: {zh: '适用', en: 'For'},
  timeLabel: {zh: '时间', en: 'Time'},
  allTracks: {zh: '全部角色', en: 'All tracks'},
  trackDeveloper: {zh: '开发人员', en: 'Developers'},
  trackOperator: {zh: '运维人员', en: 'Operators'},
  trackBusiness: {zh: '业务人员', en: 'Business staff'},
  checkLabel: {zh: '检查方式', en: 'How it is checked'},
  checkReading: {zh: '读完后自己标记为已读', en: 'You mark it read'},
  checkManual: {zh: '完成后自己勾选', en: 'You check it off'},
  checkSignOff: {zh: '自己勾选后，由培训负责人签字确认', en: 'You check it off, then your lead signs it off'},
  checkTicket: (priority: string | undefined, attachment: boolean) => ({
    zh: `自动检查：您加入培训后用您的邮箱提交的${priority ? ` ${priority} ` : ''}工单${attachment ? '（带附件）' : ''}`,
    en: `Checked automatically: a ${priority ? `${priority} ` : ''}ticket filed from your e-mail address after you joined${attachment ? ', with an attachment' : ''}`,
  }),
  checkSavedReply: {
    zh: '自动检查：您的客服账号（同一邮箱）发出的一条公开回复把工单设为“等待客户”',
    en: 'Checked automatically: a public reply from your staff account (same e-mail) that set a ticket to waiting for customer',
  },
  checkMetrics: {
    zh: '服务器核对：填写您从 /metrics 读出的工单接口 5xx 比例',
    en: 'Checked by the server: type the 5xx ratio of the ticket routes you read from /metrics',
  },
  checkDrill: {
    zh: '服务器核对：粘贴 npm run drill 打印的报告',
    en: 'Checked by the server: paste the report that npm run drill prints',
  },
  checkQuiz: (passMark: number) => ({zh: `测验：答对 ${percent(passMark)} 及格`, en: `Quiz: pass mark ${percent(passMark)}`}),
  statusNone: {zh: '尚未完成', en: 'Not done yet'},
  statusDone: (when: string) => ({zh: `已于 ${when} 完成`, en: `Done on ${when}`}),
  statusAwaiting: (when: string) => ({zh: `已于 ${when} 勾选，等待培训负责人签字确认`, en: `Checked off on ${when}, awaiting your lead's sign-off`}),
  statusSignedOff: (when: string) => ({zh: `已于 ${when} 完成并签字确认`, en: `Done on ${when} and signed off`}),
  statusChanged: {zh: '完成之后内容有改动，请重新看一遍', en: 'Changed since you completed it: look at it again'},
  bestScore: (score: number) => ({zh: `最好成绩 ${percent(score)}`, en: `best score ${percent(score)}`}),
  markRead: {zh: '标记为已读', en: 'Mark as read'},
  markReadAgain: {zh: '重新标记为已读', en: 'Mark as read again'},
  checkOff: {zh: '勾选完成', en: 'Check off'},
  checkOffSignOff: {zh: '勾选并请负责人确认', en: 'Check off and ask for sign-off'},
  checkNow: {zh: '立即检查', en: 'Check now'},
  working: {zh: '正在保存…', en: 'Saving…'},
  metricAnswer: {zh: '5xx 比例（0 到 1 之间的小数，例如 0.125）', en: '5xx ratio (a decimal from 0 to 1, such as 0.125)'},
  drillReport: {zh: 'npm run drill 的完整输出', en: 'The whole output of npm run drill'},
  signIn: {zh: '登录培训', en: 'Sign in to the training'},
  anonymousNote: {
    zh: '您尚未登录：进度只保存在本浏览器中，登录后会一并带上。',
    en: 'You are not signed in: progress is kept in this browser and comes with you when you sign in.',
  },
  submitQuiz: {zh: '提交答案', en: 'Submit answers'},
  yourAnswer: {zh: '您的选择', en: 'Your answer'},
  rightAnswer: {zh: '正确答案', en: 'Right answer'},
  score: (right: number, total: number, passMark: number) => ({
    zh: `答对 ${right} / ${total} 题（${percent(right / total)}），及格线 ${percent(passMark)}：${right / total >= passMark ? '通过' : '未通过'}`,
    en: `${right} of ${total} right (${percent(right / total)}), pass mark ${percent(passMark)}: ${right / total >= passMark ? 'passed' : 'not passed'}`,
  }),
  answersChanged: {zh: '答案有改动，请重新提交。', en: 'You changed an answer: submit again.'},
  summaryTitle: {zh: '本周一览', en: 'The week at a glance'},
  summaryTable: {zh: '各角色本周所需时间', en: 'Time this week per track'},
  summaryTrack: {zh: '角色', en: 'Track'},
  summaryTime: {zh: '必做', en: 'Required'},
  summaryOptional: {zh: '选做', en: 'Optional'},
  summaryDone: {zh: '已完成（必做项）', en: 'Done (required)'},
  filterLabel: {zh: '显示哪个角色的内容', en: 'Show the items of'},
  filterAll: {zh: '全部角色', en: 'All tracks'},
  filterMine: (track: string) => ({zh: `我的角色（${track}）`, en: `My track (${track})`}),
  hiddenByFilter: (tracks: string) => ({zh: `（仅限${tracks}，已按角色筛选隐藏）`, en: `(for ${tracks} only: hidden by the track filter)`}),
});

export function trackName(t: {trackDeveloper: string; trackOperator: string; trackBusiness: string}, track: Track): string {
  return track === 'developer' ? t.trackDeveloper : track === 'operator' ? t.trackOperator : t.trackBusiness;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function formatHours(minutes: number): string {
  return (Math.round((minutes / 60) * 10) / 10).toString();
}
