import type {FieldError} from '@site/src/api/problem';
import {defineText, resolveText, type Locale} from '@site/src/components/i18n';

const text = defineText({
  required: {zh: '此项必填。', en: 'This field is required.'},
  email: {zh: '请输入有效的邮箱地址，例如 li.lei@example.com。', en: 'Enter a valid e-mail address, such as li.lei@example.com.'},
  phone: {zh: '请输入电话号码，例如 +86 10 6552 9988 转 123。', en: 'Enter a phone number, such as +86 10 6552 9988 ext 123.'},
  url: {zh: '页面地址无效。', en: 'The page address is not valid.'},
  tooLong: (max: string) => ({zh: `太长了：最多 ${max} 个字符。`, en: `Too long: at most ${max} characters.`}),
  choose: {zh: '请从列表中选择。', en: 'Choose one from the list.'},
  control: {zh: '不能包含控制字符。', en: 'Must not contain control characters.'},
  unstorable: {zh: '包含无法保存的字符，请删除后重试。', en: 'Contains characters that cannot be stored; remove them and try again.'},
  tag: {zh: '请只选择列表中的主题。', en: 'Choose topics from the list only.'},
  other: (message: string) => ({zh: `此项无效（${message}）。`, en: `Not valid: ${message}.`}),
});

/** A server field error in the reader's language; the server's English message is the last resort. */
export function fieldMessage(error: FieldError, locale: Locale): string {
  const t = resolveText(text, locale);
  const field = error.field.split('.').at(-1) ?? '';
  if (error.code === 'invalid_type' || /must not be (empty|blank)|required/i.test(error.message)) return t.required;
  if (error.code === 'too_big') return t.tooLong(error.message.match(/\d[\d,]*/)?.[0] ?? '');
  if (error.code === 'invalid_text') return t.unstorable;
  if (/control characters/.test(error.message)) return t.control;
  if (field === 'email') return t.email;
  if (field === 'phone') return t.phone;
  if (field === 'url') return t.url;
  if (error.code === 'not_public_tag') return t.tag;
  if (error.code === 'invalid_value') return t.choose;
  return t.other(error.message);
}
