import {defineText} from '@site/src/components/i18n';

/** Strings shared by the console's pages. */
export const consoleText = defineText({
  title: {zh: '员工控制台', en: 'Staff console'},
  description: {zh: '支持人员处理工单的工作台。', en: 'Where the support team works tickets.'},
  queueTitle: {zh: '工单队列', en: 'Ticket queue'},
  signInTitle: {zh: '登录', en: 'Sign in'},
  signInIntro: {zh: '使用您的员工邮箱和密码登录。', en: 'Sign in with your staff e-mail and password.'},
  email: {zh: '邮箱', en: 'E-mail'},
  password: {zh: '密码', en: 'Password'},
  signIn: {zh: '登录', en: 'Sign in'},
  signingIn: {zh: '正在登录…', en: 'Signing in…'},
  wrongCredentials: {
    zh: '邮箱或密码不正确，或该账号已停用。多次失败后账号会被暂时锁定；账号停用时请联系管理员。',
    en: 'Wrong e-mail or password, or the account is deactivated. After repeated failures the account is locked for a while; if it is deactivated, ask an admin.',
  },
  lockedOut: (wait: string) => ({zh: `尝试次数过多，账号已暂时锁定。请在 ${wait} 后再试。`, en: `Too many attempts: the account is locked for now. Try again in ${wait}.`}),
  sessionEnded: {zh: '会话已结束，请重新登录。登录后会回到这个页面，未发送的内容仍保留在本浏览器中。', en: 'Your session has ended: sign in again. You will come back to this page, and anything unsent is still kept in this browser.'},
  signedInAs: (name: string, role: string) => ({zh: `${name}（${role}）`, en: `${name} (${role})`}),
  roleAgent: {zh: '客服', en: 'agent'},
  roleAdmin: {zh: '管理员', en: 'admin'},
  signOut: {zh: '退出登录', en: 'Sign out'},
  queueLink: {zh: '队列', en: 'Queue'},
  trainingLink: {zh: '培训', en: 'Training'},
  settingsLink: {zh: '我的设置', en: 'My settings'},
  adminLink: {zh: '管理', en: 'Administration'},
  pageFeedbackLink: {zh: '页面反馈', en: 'Page feedback'},
  loading: {zh: '正在加载…', en: 'Loading…'},
  justNow: {zh: '刚刚', en: 'just now'},
});
