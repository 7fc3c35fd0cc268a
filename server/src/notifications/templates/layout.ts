import type { Locale } from '../../http/locale.js';

/** The parts an e-mail is built from. Every string is text: the layout escapes it for HTML. */
export type Block =
  | { paragraph: string }
  /** Something a person wrote (a reply, a description): kept verbatim, line breaks and all. */
  | { quote: string }
  | { button: { label: string; url: string } }
  | { facts: [label: string, value: string][] }
  | { list: { label: string; url?: string }[] };

export type Letter = {
  subject: string;
  greeting: string;
  blocks: Block[];
  /** Staff e-mails a member can switch off: the link that does it, shown under the footer. */
  unsubscribe?: { label: string; url: string };
  /** The line under the rule, when the support system's own (about tickets) does not fit. */
  footer?: string;
};
export type RenderedLetter = { subject: string; text: string; html: string };

const footers: Record<Locale, string> = {
  'zh-Hans': '此邮件由 Handover 支持系统自动发送。回复本邮件不会送达工单，请通过上面的链接回复。',
  en: 'This message was sent automatically by the Handover support system. Replies to it do not reach the ticket; please use the link above.',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Subjects are one line: a CR or LF typed by a customer must not start a header of its own. */
export function subjectLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}

function htmlBlock(block: Block): string {
  if ('paragraph' in block) return `<p>${escapeHtml(block.paragraph)}</p>`;
  if ('quote' in block) {
    return `<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:3px solid #c9ced6;color:#333;white-space:pre-wrap">${escapeHtml(block.quote)}</blockquote>`;
  }
  if ('button' in block) {
    const { label, url } = block.button;
    return `<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 18px;background:#1f6feb;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(label)}</a></p>`;
  }
  if ('facts' in block) {
    const rows = block.facts.map(([label, value]) => `<tr><th align="left" style="padding:2px 12px 2px 0;color:#555">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`);
    return `<table role="presentation" style="margin:0 0 16px;border-collapse:collapse">${rows.join('')}</table>`;
  }
  const items = block.list.map(({ label, url }) => `<li>${url ? `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>` : escapeHtml(label)}</li>`);
  return `<ul>${items.join('')}</ul>`;
}

function textBlock(block: Block, locale: Locale): string {
  const colon = locale === 'zh-Hans' ? '：' : ': ';
  if ('paragraph' in block) return block.paragraph;
  if ('quote' in block) return block.quote.split('\n').map((line) => `> ${line}`).join('\n');
  if ('button' in block) return `${block.button.label}${colon.trimEnd()}\n${block.button.url}`;
  if ('facts' in block) return block.facts.map(([label, value]) => `${label}${colon}${value}`).join('\n');
  return block.list.map(({ label, url }) => `- ${label}${url ? `\n  ${url}` : ''}`).join('\n');
}

/** One letter as the two bodies of a multipart/alternative message. */
export function renderLetter(letter: Letter, locale: Locale): RenderedLetter {
  const { unsubscribe } = letter;
  const colon = locale === 'zh-Hans' ? '：' : ': ';
  const footerLine = letter.footer ?? footers[locale];
  const footer = unsubscribe ? `${footerLine}\n${unsubscribe.label}${colon}${unsubscribe.url}` : footerLine;
  const text = [letter.greeting, ...letter.blocks.map((block) => textBlock(block, locale)), '-- ', footer].join('\n\n');
  const unsubscribeHtml = unsubscribe
    ? `<p style="font-size:12px;color:#656d76"><a href="${escapeHtml(unsubscribe.url)}" style="color:#656d76">${escapeHtml(unsubscribe.label)}</a></p>`
    : '';
  const html = [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(letter.subject)}</title></head>`,
    '<body style="margin:0;padding:24px;font-family:-apple-system,Segoe UI,Roboto,PingFang SC,Microsoft YaHei,sans-serif;font-size:15px;line-height:1.6;color:#1f2328">',
    '<div style="max-width:600px;margin:0 auto">',
    `<p>${escapeHtml(letter.greeting)}</p>`,
    ...letter.blocks.map(htmlBlock),
    `<hr style="border:none;border-top:1px solid #d0d7de;margin:24px 0"><p style="font-size:12px;color:#656d76">${escapeHtml(footerLine)}</p>${unsubscribeHtml}`,
    '</div></body></html>',
  ].join('\n');
  return { subject: subjectLine(letter.subject), text: `${text}\n`, html };
}
