import {defineText} from '@site/src/components/i18n';

export const mineText = defineText({
  title: {zh: '我的工单', en: 'My tickets'},
  description: {zh: '通过邮件获取一个列出您全部工单的链接。', en: 'Get a link by e-mail that lists all your tickets.'},
  intro: {
    zh: '输入提交工单时使用的邮箱。如果该邮箱有工单，我们会发一封带链接的邮件，链接在一段时间内有效，列出该邮箱的全部工单。',
    en: 'Enter the address you filed with. If it has tickets, we e-mail it a link that lists all of them; the link is valid for a limited time.',
  },
  email: {zh: '邮箱', en: 'E-mail'},
  send: {zh: '把链接发给我', en: 'E-mail me the link'},
  sending: {zh: '正在发送…', en: 'Sending…'},
  sent: (email: string) => ({
    zh: `如果 ${email} 有工单，一封带链接的邮件已在路上。几分钟内没有收到时，请查看垃圾邮件文件夹，或确认邮箱是否正确。`,
    en: `If ${email} has tickets, an e-mail with the link is on its way. If it has not arrived within minutes, look in your spam folder or check the address.`,
  }),
  listHeading: {zh: '您的全部工单', en: 'All your tickets'},
  none: {zh: '这个邮箱还没有工单。', en: 'This address has no tickets yet.'},
  number: {zh: '编号', en: 'Number'},
  subject: {zh: '标题', en: 'Subject'},
  status: {zh: '状态', en: 'Status'},
  priority: {zh: '优先级', en: 'Priority'},
  updated: {zh: '最后更新', en: 'Last update'},
  more: {zh: '加载更多', en: 'Load more'},
  fileNew: {zh: '提交新工单', en: 'File a new ticket'},
  invalidTitle: {zh: '此链接无效或已过期', en: 'This link is not valid or has expired'},
  invalidBody: {zh: '请在下面重新获取一个链接。', en: 'Ask for a new link below.'},
});
