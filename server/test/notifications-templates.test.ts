import { unsubscribePageUrl } from '../src/notifications/templates/staff.js';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../src/notifications/dispatcher.js';
import { notificationKinds } from '../src/notifications/messages.js';
import { renderTemplate } from '../src/notifications/templates/index.js';
import { renderPreview, samplePayloads } from '../src/notifications/templates/preview.js';
import { isPermanentFailure, PermanentMailError } from '../src/notifications/transport.js';

describe('e-mail templates', () => {
  it('renders every kind in both languages, subject, text and HTML', () => {
    const previews = renderPreview();
    expect(previews).toHaveLength(notificationKinds.length * 2);
    for (const preview of previews) {
      expect(preview.subject.length, `${preview.kind} ${preview.locale}`).toBeGreaterThan(0);
      expect(preview.text.length).toBeGreaterThan(50);
      expect(preview.html).toContain(`<html lang="${preview.locale}">`);
    }
  });

  it('puts the ticket number first in every subject about a ticket', () => {
    // The magic link lists many tickets; the trainee and docs e-mails are about none.
    for (const preview of renderPreview().filter((p) => p.kind !== 'magic_link' && !p.kind.startsWith('trainee_') && !p.kind.startsWith('docs_'))) {
      expect(preview.subject).toMatch(/^\[HO-\d+\] /);
    }
  });

  it('writes Chinese to zh-Hans readers and English to en readers', () => {
    const zh = renderTemplate('ticket_resolved', samplePayloads.ticket_resolved, 'zh-Hans');
    const en = renderTemplate('ticket_resolved', samplePayloads.ticket_resolved, 'en');
    expect(zh.subject).toBe('[HO-1042] 已解决：升级后无法登录');
    expect(zh.text).toContain('是的，已解决');
    expect(en.subject).toBe('[HO-1042] Resolved: 升级后无法登录');
    expect(en.text).toContain('No, reopen the ticket');
    expect(en.html).toContain(samplePayloads.ticket_resolved.confirmUrl);
    expect(en.html).toContain(samplePayloads.ticket_resolved.reopenUrl);
  });

  it('escapes what people wrote in the HTML part and keeps it verbatim in the text part', () => {
    const reply = renderTemplate('staff_reply', samplePayloads.staff_reply, 'en');
    expect(reply.html).not.toContain('<b>谢谢</b>');
    expect(reply.html).toContain('&#60;b&#62;谢谢&#60;/b&#62; &#38; regards');
    expect(reply.text).toContain('> <b>谢谢</b> & regards');
    const received = renderTemplate('ticket_received', samplePayloads.ticket_received, 'zh-Hans');
    expect(received.html).not.toContain('<script>');
  });

  it('puts the unsubscribe link under the footer of the staff e-mails that can be switched off, and only those', () => {
    const alert = renderTemplate('staff_customer_reply', samplePayloads.staff_customer_reply, 'zh-Hans');
    // The body links to the console's page that asks first; the header (compose) keeps the one-click API address.
    const page = unsubscribePageUrl(samplePayloads.staff_customer_reply.unsubscribeUrl!, 'zh-Hans');
    expect(page).toBe('https://support.example.com/console/unsubscribe#token=hou_sample');
    expect(alert.text).toContain(`不再接收此类邮件：${page}`);
    expect(alert.html).toContain(`<a href="${page}"`);
    expect(renderTemplate('staff_urgent_ticket', samplePayloads.staff_urgent_ticket, 'en').text).not.toContain('Stop e-mails');
    expect(renderTemplate('ticket_resolved', samplePayloads.ticket_resolved, 'en').text).not.toContain('Stop e-mails');
  });

  it('keeps a subject on one line whatever the customer typed', () => {
    const rendered = renderTemplate('ticket_received', { ...samplePayloads.ticket_received, subject: 'one\r\nBcc: victim@example.com' }, 'en');
    expect(rendered.subject).toBe('[HO-1042] We received your request: one Bcc: victim@example.com');
  });

  it('lists the magic link’s tickets, and tells the staff who filed a new ticket', () => {
    expect(renderTemplate('magic_link', samplePayloads.magic_link, 'en').text).toContain('HO-1077 · Backup job fails at 02:00 (Open)');
    // Statuses read as the user guide names them, in the reader's language.
    expect(renderTemplate('magic_link', samplePayloads.magic_link, 'zh-Hans').text).toContain('HO-1042 · 升级后无法登录 (已解决)');
    expect(renderTemplate('staff_assigned', samplePayloads.staff_assigned, 'zh-Hans').text).toContain('状态：处理中');
    const staff = renderTemplate('staff_new_ticket', samplePayloads.staff_new_ticket, 'en');
    expect(staff.subject).toBe('[HO-1043] New P1 ticket: Production is down');
    expect(staff.text).toContain('From: Alice Example <alice@example.com>, Example Corp');
    expect(staff.text).toContain('Filed from page: Backup and restore');
  });

  it('names the docs page an urgent ticket was filed from only when it was filed from one', () => {
    const filedFromPage = renderTemplate('staff_urgent_ticket', { ...samplePayloads.staff_urgent_ticket, pageTitle: '回滚' }, 'zh-Hans');
    expect(filedFromPage.text).toContain('来源页面：回滚');
    expect(renderTemplate('staff_urgent_ticket', samplePayloads.staff_urgent_ticket, 'en').text).not.toContain('Filed from page');
  });
});

describe('retry policy', () => {
  const policy = { backoffBaseMs: 30_000, backoffCapMs: 3_600_000 };

  it('doubles the wait after each failure, up to the cap, with jitter between half and all of it', () => {
    expect(backoffDelay(1, policy, () => 1)).toBe(30_000);
    expect(backoffDelay(1, policy, () => 0)).toBe(15_000);
    expect(backoffDelay(3, policy, () => 1)).toBe(120_000);
    expect(backoffDelay(20, policy, () => 1)).toBe(3_600_000);
  });

  it('treats 5xx replies as permanent, except authentication failures (our configuration, not the message)', () => {
    expect(isPermanentFailure(Object.assign(new Error('550 no such user'), { responseCode: 550 }))).toBe(true);
    expect(isPermanentFailure(Object.assign(new Error('535 auth failed'), { responseCode: 535 }))).toBe(false);
    expect(isPermanentFailure(Object.assign(new Error('451 try later'), { responseCode: 451 }))).toBe(false);
    expect(isPermanentFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNECTION' }))).toBe(false);
    expect(isPermanentFailure(new PermanentMailError('unknown kind'))).toBe(true);
  });
});
