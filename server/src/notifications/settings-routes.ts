import type { Request, Response } from 'express';
import { z } from 'zod';
import { staffOf } from '../auth/actor.js';
import { tokenPrefixes } from '../auth/tokens.js';
import type { AppContext } from '../context.js';
import { ProblemError } from '../http/errors.js';
import { negotiateLocale, type Locale } from '../http/locale.js';
import { defineRoutes } from '../http/route-spec.js';
import { escapeHtml } from './templates/layout.js';
import { mutableStaffKinds, type MutableStaffKind } from './messages.js';
import { staffKindLabels, type NotificationSettingsService, type Unsubscribed } from './settings.js';
import { notificationExamples } from './examples.js';

const kindSwitches = Object.fromEntries(
  mutableStaffKinds.map((kind) => [kind, z.boolean().meta({
      description: `${staffKindLabels[kind].en}: true to receive, false to switch off.`,
      descriptionZh: `${staffKindLabels[kind]['zh-Hans']}：true 接收，false 关闭。`,
    })]),
) as Record<MutableStaffKind, z.ZodBoolean>;

export const NotificationSettingsView = z.object({
  onCall: z.boolean().meta({ description: 'On the on-call list (set by administrators): P1 tickets are e-mailed at once, whatever the settings.', descriptionZh: '在值班名单上（由管理员设置）：无论设置如何，P1 工单都会立即发邮件通知。' }),
  settings: z.object(kindSwitches),
});

export const UpdateNotificationSettingsBody = z.strictObject({
  settings: z
    .strictObject(Object.fromEntries(mutableStaffKinds.map((kind) => [kind, kindSwitches[kind].optional()])) as Record<MutableStaffKind, z.ZodOptional<z.ZodBoolean>>)
    .meta({ description: 'The kinds to change; kinds not named keep their setting.', descriptionZh: '要修改的类别；未列出的类别保持原设置。' }),
});

export const UnsubscribeQuery = z.object({
  token: z
    .string()
    .max(200)
    .regex(new RegExp(`^${tokenPrefixes.unsubscribeLink}[A-Za-z0-9_-]+$`), 'must be the token from the e-mail')
    .meta({ description: 'The token from the e-mail’s link.', descriptionZh: '邮件链接中的令牌。' }),
});

export const UnsubscribeResult = z.object({
  kind: z.enum(mutableStaffKinds).meta({ description: 'The kind of e-mail switched off.', descriptionZh: '被关闭的邮件类别。' }),
  enabled: z.literal(false),
});

const pageText = {
  en: {
    title: 'E-mail settings',
    confirm: (label: string) => `Stop e-mails about “${label}”?`,
    button: 'Stop these e-mails',
    done: (label: string) =>
      `You will no longer get e-mails about “${label}”. To get them again, switch them back on in your notification settings (PATCH /api/v1/auth/me/notifications).`,
    invalid: 'This link is not valid or has expired. Change your e-mail settings in your notification settings (GET and PATCH /api/v1/auth/me/notifications) instead.',
  },
  'zh-Hans': {
    title: '邮件设置',
    confirm: (label: string) => `不再接收“${label}”的邮件？`,
    button: '不再接收此类邮件',
    done: (label: string) => `您将不再收到“${label}”的邮件。如需恢复，请在通知设置中重新开启（PATCH /api/v1/auth/me/notifications）。`,
    invalid: '此链接无效或已过期。请改在通知设置中修改邮件设置（GET 和 PATCH /api/v1/auth/me/notifications）。',
  },
} satisfies Record<Locale, unknown>;

function page(res: Response, status: number, locale: Locale, body: string): void {
  const t = pageText[locale];
  res
    .status(status)
    .type('html')
    .set('Cache-Control', 'no-store')
    .set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
    .send(
      `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
        `<meta name="robots" content="noindex"><title>${escapeHtml(t.title)}</title></head>` +
        `<body style="font-family:-apple-system,Segoe UI,Roboto,PingFang SC,Microsoft YaHei,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.6">` +
        `<h1 style="font-size:1.3rem">${escapeHtml(t.title)}</h1>${body}</body></html>`,
    );
}

/** A person (GET, POST from the page's button) is answered with a page; a mail client's one-click POST with JSON. */
const wantsHtml = (req: Request) => req.accepts(['json', 'html']) === 'html';

/**
 * The link behind List-Unsubscribe in staff e-mails runs before credentials are resolved: the token is the
 * credential, and a browser that also holds a console session must not need a CSRF header for it. GET only asks
 * (mail scanners open links); POST switches the kind off — RFC 8058's one-click, or the page's button.
 */
function invalidLink(req: Request, res: Response): void {
  if (!wantsHtml(req)) throw new ProblemError('link_expired', { detail: 'This unsubscribe link is not valid or has expired.' });
  const locale = negotiateLocale(req.get('accept-language'));
  page(res, 410, locale, `<p>${escapeHtml(pageText[locale].invalid)}</p>`);
}

export type NotificationRouteServices = { context: AppContext; notificationSettings: NotificationSettingsService };

export const notificationRoutes = defineRoutes<NotificationRouteServices>([
  {
    method: 'get',
    path: '/auth/me/notifications',
    operationId: 'getMyNotificationSettings',
    summary: 'Which kinds of e-mail the signed-in staff member gets, and whether they are on call',
    summaryZh: '当前员工接收哪些类型的邮件，以及是否在值班名单中',
    tag: 'notifications',
    audience: ['staff'],
    examples: notificationExamples.getMyNotificationSettings,
    responses: { 200: { description: 'The settings.', descriptionZh: '设置。', schema: NotificationSettingsView } },
    problems: ['unauthenticated', 'forbidden'],
    handler: async (req, res, { notificationSettings }) => {
      res.json(await notificationSettings.get(staffOf(req.actor)));
    },
  },
  {
    method: 'patch',
    path: '/auth/me/notifications',
    operationId: 'updateMyNotificationSettings',
    summary: 'Switch kinds of staff e-mail on or off for oneself',
    summaryZh: '为自己开启或关闭某类员工邮件',
    description:
      'The P1 page to the on-call list cannot be switched off here: administrators put members on and off the ' +
      'list (PATCH /staff/{id}, `onCall`). Unknown kinds are refused.',
    descriptionZh: '发给值班人员的 P1 通知不能在这里关闭：由管理员把成员加入或移出值班名单（PATCH /staff/{id}，`onCall`）。未知的类别会被拒绝。',
    tag: 'notifications',
    audience: ['staff'],
    examples: notificationExamples.updateMyNotificationSettings,
    body: { schema: UpdateNotificationSettingsBody },
    responses: { 200: { description: 'The settings as changed.', descriptionZh: '修改后的设置。', schema: NotificationSettingsView } },
    problems: ['validation_failed', 'unauthenticated', 'forbidden', 'csrf_failed'],
    handler: async (req, res, { notificationSettings }) => {
      const actor = staffOf(req.actor);
      const { settings } = UpdateNotificationSettingsBody.parse(req.body);
      res.json(await notificationSettings.update(actor, settings));
    },
  },
  {
    method: 'get',
    path: '/notifications/unsubscribe',
    operationId: 'showUnsubscribe',
    summary: 'The page behind a staff e-mail’s unsubscribe link: asks before switching the kind off',
    summaryZh: '员工邮件中退订链接打开的页面：确认后才关闭该类邮件',
    description:
      'Changes nothing (mail scanners open links). Answers an HTML page in the member’s language with a button ' +
      'that POSTs to the same address. An unknown or expired token answers 410 (a page, or `link_expired` as JSON).',
    descriptionZh: '不做任何修改（邮件扫描程序会打开链接）。返回一个使用该成员语言的 HTML 页面，页面上的按钮向同一地址发送 POST。未知或过期的令牌返回 410（一个页面，或 JSON 格式的 `link_expired`）。',
    tag: 'notifications',
    audience: ['anyone'],
    examples: notificationExamples.showUnsubscribe,
    query: UnsubscribeQuery,
    responses: { 200: { description: 'The confirmation page.', descriptionZh: '确认页面。', schema: z.string(), contentType: 'text/html' } },
    problems: ['validation_failed', 'link_expired'],
    beforeActor: true,
    handler: async (req, res, { notificationSettings }) => {
      const { token } = UnsubscribeQuery.parse(req.query);
      const found = await notificationSettings.lookUp(token);
      if (!found) return invalidLink(req, res);
      const t = pageText[found.locale];
      page(
        res,
        200,
        found.locale,
        `<p>${escapeHtml(t.confirm(staffKindLabels[found.kind][found.locale]))}</p>` +
          `<form method="post"><button type="submit" style="padding:.5rem 1rem;font-size:1rem">${escapeHtml(t.button)}</button></form>`,
      );
    },
  },
  {
    method: 'post',
    path: '/notifications/unsubscribe',
    operationId: 'unsubscribe',
    summary: 'Switch off the kind of e-mail an unsubscribe link names (RFC 8058 one-click)',
    summaryZh: '关闭退订链接所指的那类邮件（RFC 8058 一键退订）',
    description:
      'Mail clients POST `List-Unsubscribe=One-Click` here; the confirmation page’s button does the same. Repeating ' +
      'it is harmless. Links work for 180 days. JSON unless the caller prefers HTML.',
    descriptionZh: '邮件客户端向这里 POST `List-Unsubscribe=One-Click`；确认页面上的按钮也是如此。重复调用没有副作用。链接有效期 180 天。除非调用方更愿意接收 HTML，否则返回 JSON。',
    tag: 'notifications',
    audience: ['anyone'],
    examples: notificationExamples.unsubscribe,
    query: UnsubscribeQuery,
    responses: { 200: { description: 'Switched off.', descriptionZh: '已关闭。', schema: UnsubscribeResult } },
    problems: ['validation_failed', 'link_expired'],
    beforeActor: true,
    // The body (`List-Unsubscribe=One-Click`, or the page's empty form) carries nothing: the token is in the query.
    handler: async (req, res, { context, notificationSettings }) => {
      const { token } = UnsubscribeQuery.parse(req.query);
      const done: Unsubscribed | null = await notificationSettings.unsubscribe(token);
      if (!done) return invalidLink(req, res);
      context.logger.info({ kind: done.kind }, 'staff member switched off a kind of e-mail by link');
      if (!wantsHtml(req)) {
        res.json({ kind: done.kind, enabled: false } satisfies z.infer<typeof UnsubscribeResult>);
        return;
      }
      page(res, 200, done.locale, `<p>${escapeHtml(pageText[done.locale].done(staffKindLabels[done.kind][done.locale]))}</p>`);
    },
  },
]);
