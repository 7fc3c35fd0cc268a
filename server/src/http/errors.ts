import type { Locale } from './locale.js';

type ProblemType = { status: number; title: Record<Locale, string> };

/**
 * The error catalogue. Each code is stable: clients may switch on it, and the site's API section documents
 * each one under the same anchor (docs/api/errors#<code>). Add codes here, never in a route.
 */
export const problemTypes = {
  validation_failed: { status: 400, title: { en: 'The request has invalid fields', 'zh-Hans': '请求中有字段无效' } },
  malformed_json: { status: 400, title: { en: 'The request body is not valid JSON', 'zh-Hans': '请求正文不是有效的 JSON' } },
  unauthenticated: { status: 401, title: { en: 'Sign-in or a valid link is required', 'zh-Hans': '需要登录或有效的链接' } },
  forbidden: { status: 403, title: { en: 'You may not do this', 'zh-Hans': '无权执行此操作' } },
  csrf_failed: { status: 403, title: { en: 'Missing or wrong CSRF token', 'zh-Hans': 'CSRF 令牌缺失或错误' } },
  not_found: { status: 404, title: { en: 'Not found', 'zh-Hans': '未找到' } },
  method_not_allowed: { status: 405, title: { en: 'Method not allowed', 'zh-Hans': '不支持该请求方法' } },
  conflict: { status: 409, title: { en: 'The resource already exists', 'zh-Hans': '资源已存在' } },
  version_conflict: { status: 409, title: { en: 'Someone else changed this first', 'zh-Hans': '已被他人先行修改' } },
  invalid_transition: { status: 409, title: { en: 'This status change is not allowed', 'zh-Hans': '不允许此状态变更' } },
  link_expired: { status: 410, title: { en: 'This link has expired', 'zh-Hans': '此链接已过期' } },
  payload_too_large: { status: 413, title: { en: 'The request body is too large', 'zh-Hans': '请求正文过大' } },
  unsupported_media_type: { status: 415, title: { en: 'Unsupported content type', 'zh-Hans': '不支持的内容类型' } },
  rate_limited: { status: 429, title: { en: 'Too many requests; try again later', 'zh-Hans': '请求过于频繁，请稍后再试' } },
  internal_error: { status: 500, title: { en: 'Internal server error', 'zh-Hans': '服务器内部错误' } },
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
