import {defineText} from '@site/src/components/i18n';

export const feedbackText = defineText({
  region: {zh: '页面反馈', en: 'Page feedback'},
  question: {zh: '此页面是否有帮助？', en: 'Was this page helpful?'},
  yes: {zh: '有帮助', en: 'Yes'},
  no: {zh: '没有帮助', en: 'No'},
  sending: {zh: '正在发送…', en: 'Sending…'},
  thanks: {zh: '感谢您的反馈！', en: 'Thank you for your answer!'},
  thanksYes: {zh: '感谢反馈：此页面对您有帮助。', en: 'Thank you: you found this page helpful.'},
  thanksNo: {zh: '感谢反馈：此页面没有帮到您。', en: 'Thank you: this page did not help you.'},
  changeHint: {zh: '在 30 天内，您可以在本浏览器中随时更改回答。', en: 'You can change your answer from this browser for 30 days.'},
  commentLabelYes: {zh: '还有什么想告诉我们的吗？（可选）', en: 'Anything else to tell us? (optional)'},
  commentLabelNo: {zh: '缺少了什么，或哪里不清楚？（可选）', en: 'What was missing or unclear? (optional)'},
  commentHint: {zh: '请不要填写姓名、邮箱等个人信息。需要回复请使用“就此页面提问”。', en: 'Please leave out names, e-mail addresses and other personal details. For an answer, ask support about this page.'},
  remaining: (count: number) => ({zh: `还可输入 ${count} 个字符`, en: `${count} characters left`}),
  sendComment: {zh: '发送评论', en: 'Send comment'},
  commentSent: {zh: '评论已发送，谢谢！', en: 'Your comment was sent. Thank you!'},
  editComment: {zh: '修改评论', en: 'Edit the comment'},
  addComment: {zh: '添加评论', en: 'Add a comment'},
});
