import type { Locale } from './locale.js';

type ProblemType = { status: number; title: Record<Locale, string> };

/**
 * The error catalogue. Each code is stable: clients may switch on it, and the site's API section documents
 * each one under the same anchor (docs/api/errors#<code>). Add codes here, never in a route.
 */
export const problemTypes = {
  validation_failed: { status: 400, title: { en: 'The request has invalid fields', 'zh-Hans': '请求中有字段无效' } },
  malformed_json: { status: 400, title: { en: 'The request body is not valid JSON', 'zh-Hans': '请求正文不是有效的 JSON' } },
  malformed_multipart: { status: 400, title: { en: 'The multipart body is malformed', 'zh-Hans': 'multipart 请求正文格式错误' } },
  empty_attachment: { status: 400, title: { en: 'An attached file is empty', 'zh-Hans': '附件是空文件' } },
  too_many_attachments: { status: 400, title: { en: 'Too many files attached', 'zh-Hans': '附件数量过多' } },
  unauthenticated: { status: 401, title: { en: 'Sign-in or a valid link is required', 'zh-Hans': '需要登录或有效的链接' } },
  invalid_credentials: { status: 401, title: { en: 'Wrong e-mail address or password', 'zh-Hans': '邮箱地址或密码错误' } },
  forbidden: { status: 403, title: { en: 'You may not do this', 'zh-Hans': '无权执行此操作' } },
  csrf_failed: { status: 403, title: { en: 'Missing or wrong CSRF token', 'zh-Hans': 'CSRF 令牌缺失或错误' } },
  not_found: { status: 404, title: { en: 'Not found', 'zh-Hans': '未找到' } },
  method_not_allowed: { status: 405, title: { en: 'Method not allowed', 'zh-Hans': '不支持该请求方法' } },
  conflict: { status: 409, title: { en: 'The resource already exists', 'zh-Hans': '资源已存在' } },
  version_conflict: { status: 409, title: { en: 'Someone else changed this first', 'zh-Hans': '已被他人先行修改' } },
  last_admin: {
    status: 409,
    title: { en: 'The last active administrator cannot be demoted or deactivated', 'zh-Hans': '不能降级或停用最后一位在职的管理员' },
  },
  calendar_built_in: {
    status: 409,
    title: { en: 'The built-in 7×24 calendar cannot be changed or deleted', 'zh-Hans': '内置的 7×24 日历不能修改或删除' },
  },
  calendar_in_use: { status: 409, title: { en: 'An SLA policy still uses this calendar', 'zh-Hans': '仍有 SLA 策略在使用此日历' } },
  invalid_transition: { status: 409, title: { en: 'This status change is not allowed', 'zh-Hans': '不允许此状态变更' } },
  ticket_closed: { status: 409, title: { en: 'This ticket is closed; reopen it first', 'zh-Hans': '工单已关闭，请先重新打开' } },
  not_resendable: { status: 409, title: { en: 'Only a dead letter can be resent', 'zh-Hans': '只有投递失败的邮件才能重新发送' } },
  mailbox_disabled: {
    status: 409,
    title: { en: 'The embedded mailbox is off because SMTP is configured', 'zh-Hans': '已配置 SMTP，内置邮箱未启用' },
  },
  check_not_met: { status: 422, title: { en: 'The exercise is not done yet', 'zh-Hans': '练习尚未完成' } },
  link_expired: { status: 410, title: { en: 'This link has expired', 'zh-Hans': '此链接已过期' } },
  payload_too_large: { status: 413, title: { en: 'The request body is too large', 'zh-Hans': '请求正文过大' } },
  attachment_too_large: { status: 413, title: { en: 'An attached file is too large', 'zh-Hans': '附件过大' } },
  unsupported_media_type: { status: 415, title: { en: 'Unsupported content type', 'zh-Hans': '不支持的内容类型' } },
  attachment_type_not_allowed: { status: 415, title: { en: 'This type of file cannot be attached', 'zh-Hans': '不允许上传此类型的文件' } },
  rate_limited: { status: 429, title: { en: 'Too many requests; try again later', 'zh-Hans': '请求过于频繁，请稍后再试' } },
  internal_error: { status: 500, title: { en: 'Internal server error', 'zh-Hans': '服务器内部错误' } },
  server_busy: { status: 503, title: { en: 'The server is busy; try again shortly', 'zh-Hans': '服务器繁忙，请稍后再试' } },
  search_unavailable: { status: 503, title: { en: 'Search is unavailable; try again shortly', 'zh-Hans': '搜索暂不可用，请稍后再试' } },
  not_ready: { status: 503, title: { en: 'The service is not ready', 'zh-Hans': '服务尚未就绪' } },
} as const satisfies Record<string, ProblemType>;

export type ProblemCode = keyof typeof problemTypes;

/** One problem with one field of the request. `field` is a dotted path into the body, query or params. */
export type FieldError = { field: string; code: string; message: string };

/** A failure the client can act on. Thrown by services and routes; turned into problem+json by one middleware. */
export class ProblemError extends Error {
  readonly status: number;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  /** Extra response headers, e.g. Retry-After on rate_limited. */
  readonly headers: Record<string, string>;

  constructor(
    readonly code: ProblemCode,
    options: { detail?: string; errors?: FieldError[]; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(options.detail ?? problemTypes[code].title.en, { cause: options.cause });
    this.name = 'ProblemError';
    this.status = problemTypes[code].status;
    this.detail = options.detail;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }
}
