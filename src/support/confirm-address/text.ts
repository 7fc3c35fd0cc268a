import {defineText} from '@site/src/components/i18n';

export const confirmAddressText = defineText({
  title: {zh: '确认您的邮箱', en: 'Confirm your e-mail address'},
  description: {zh: '确认紧急工单的邮箱，让值班人员立即收到通知。', en: 'Confirm the address of an emergency ticket so that the on-call engineer is told at once.'},
  intro: {
    zh: '您从一个尚未确认的邮箱提交了 P1 紧急工单。确认邮箱后，值班人员会立即收到通知，以后从这个邮箱提交的 P1 也会立即通知。',
    en: 'You filed a P1 emergency from an address we have not confirmed yet. Once you confirm it, the on-call engineer is told at once, and so are your later P1s from this address.',
  },
  confirm: {zh: '确认邮箱并通知值班人员', en: 'Confirm and tell the on-call engineer'},
  confirming: {zh: '正在确认…', en: 'Confirming…'},
  why: {zh: '需要点击一次，是因为邮件安全扫描会自动打开链接。', en: 'A click is needed because mail scanners open links by themselves.'},
  paged: (number: string) => ({zh: `邮箱已确认，值班人员已收到工单 ${number} 的通知。`, en: `Your address is confirmed and the on-call engineer has been told about ${number}.`}),
  notPaged: (number: string) => ({
    zh: `邮箱已确认。工单 ${number} 已不再需要值班通知（已通知过、已降级或已解决）。`,
    en: `Your address is confirmed. ${number} needs no page any more (already paged, no longer P1, or resolved).`,
  }),
  invalid: {zh: '此确认链接无效、已经使用过或已过期。工单本身不受影响，支持人员会在支持时间内处理。', en: 'This confirmation link is not valid, was used already, or has expired. The ticket itself is unaffected and is handled in support hours.'},
  missing: {zh: '请打开确认邮件中的链接。', en: 'Open the link in the acknowledgement e-mail.'},
});
