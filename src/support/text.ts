import {defineText} from '@site/src/components/i18n';

/** Strings shared by the portal's pages. */
export const supportText = defineText({
  loading: {zh: '正在加载…', en: 'Loading…'},
  unreachableTitle: {zh: '无法连接到支持服务器', en: 'The support server cannot be reached'},
  unreachableBody: {
    zh: '此页面需要 Handover 支持服务器。如果这是只提供文档的站点，请改用电话或邮件联系支持团队；如果服务器正在重启，请稍后刷新页面。您填写的内容会保存在本浏览器中。',
    en: 'This page needs the Handover support server. If this copy of the site only serves the documentation, contact the support team by phone or e-mail; if the server is restarting, reload the page in a moment. Anything you typed is kept in this browser.',
  },
  retry: {zh: '重试', en: 'Try again'},
  rateLimited: (seconds: number | null) => ({
    zh: seconds ? `请求过于频繁，请在 ${formatWait(seconds, 'zh')} 后再试。` : '请求过于频繁，请稍后再试。',
    en: seconds ? `Too many requests: try again in ${formatWait(seconds, 'en')}.` : 'Too many requests: try again later.',
  }),
  busy: (seconds: number | null) => ({
    zh: seconds ? `服务器繁忙，请在 ${formatWait(seconds, 'zh')} 后重试。` : '服务器繁忙，请稍后重试。',
    en: seconds ? `The server is busy: try again in ${formatWait(seconds, 'en')}.` : 'The server is busy: try again shortly.',
  }),
  networkFailed: {
    zh: '网络连接失败，内容没有发送。请检查网络后重试，您填写的内容仍在这里。',
    en: 'The network connection failed and nothing was sent. Check your connection and try again; what you typed is still here.',
  },
  failed: (title: string, requestId: string | null) => ({
    zh: `${title}${requestId ? `（请求编号 ${requestId}）` : ''}`,
    en: `${title}${requestId ? ` (request ${requestId})` : ''}`,
  }),
  statusNew: {zh: '新建', en: 'New'},
  statusOpen: {zh: '处理中', en: 'Open'},
  statusPending: {zh: '等待客户', en: 'Waiting for customer'},
  statusResolved: {zh: '已解决', en: 'Resolved'},
  statusClosed: {zh: '已关闭', en: 'Closed'},
  required: {zh: '必填', en: 'required'},
  requiredMessage: {zh: '此项必填。', en: 'This field is required.'},
  backToSupport: {zh: '返回技术支持首页', en: 'Back to the support home'},
});

function formatWait(seconds: number, language: 'zh' | 'en'): string {
  if (seconds < 90) return language === 'zh' ? `${Math.max(1, Math.round(seconds))} 秒` : `${Math.max(1, Math.round(seconds))} seconds`;
  const minutes = Math.round(seconds / 60);
  return language === 'zh' ? `${minutes} 分钟` : `${minutes} minutes`;
}
