import path from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
/** A comma-separated list, trimmed, without empties or repeats. */
const list = (item: z.ZodString) =>
  z
    .string()
    .transform((value) => [...new Set(value.split(',').map((c) => c.trim()).filter(Boolean))])
    .pipe(z.array(item));
const phone = z.string().regex(/^\+?[0-9][0-9 ()\-.]{2,30}$/, 'must be a phone number, e.g. +86 400 800 1234');
const hours = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, { message: 'must be HH:MM-HH:MM, e.g. 09:00-18:00', abort: true })
  .refine((value) => value.slice(0, 5) < value.slice(6), 'must end after it starts');
const domain = z.string().regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be domain names such as example.com');

/**
 * Every variable the server reads, each written once here. README "Configuration" and the operations manual list
 * the same ones (a test compares them), and the `Config` type is what this schema turns them into.
 */
export const EnvSchema = z.object({
  PORT: port.default(8000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgresql:// (leave it unset for the embedded database)')
    .optional(),
  DATABASE_POOL_SIZE: positiveInt.max(1000).default(10),
  DATA_DIR: z.string().min(1).default('./data'),
  SITE_DIR: z.string().min(1).default('./build'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).default('json'),
  SHUTDOWN_TIMEOUT_MS: positiveInt.max(300_000).default(10_000),
  // `true` would trust every X-Forwarded-For entry, so any client could pick the address rate limits count.
  TRUST_PROXY: z
    .string()
    .refine((value) => value !== 'true', 'true lets any client choose its address; give the number of proxies in front (e.g. 1) or their addresses (e.g. loopback, 10.0.0.0/8)')
    .refine((value) => value !== 'false', 'leave it unset when no proxy is in front (false is not a setting Express takes)')
    .optional(),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  TICKET_CATEGORIES: list(z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'categories are lower-case words joined by -'))
    .pipe(z.array(z.string()).min(1))
    .default(['deployment', 'data', 'account', 'how-to', 'defect', 'other']),
  TICKET_PUBLIC_TAGS: list(z.string().regex(/^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}._+-]{0,31}$/u, 'tags are lower-case words, digits and . _ + -')).default([]),
  SUPPORT_TRUSTED_DOMAINS: list(domain).default([]),
  SUPPORT_HOTLINE: phone.optional(),
  SUPPORT_HOTLINE_HOURS: hours.default('09:00-18:00'),
  SUPPORT_EMERGENCY_LINE: phone.optional(),
  SUPPORT_EMAIL: z.email().optional(),
  SUPPORT_FORUM_URL: z.url({ protocol: /^https?$/ }).optional(),
  SUPPORT_REMOTE_ASSIST_URL: z.url({ protocol: /^https?$/ }).optional(),
  SUPPORT_TIME_ZONE: z
    .string()
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone such as Asia/Shanghai')
    .default('Asia/Shanghai'),
  AUTO_CLOSE_DAYS: positiveInt.max(365).default(7),
  TRACKING_LINK_TTL_DAYS: positiveInt.max(3650).default(90),
  MAGIC_LINK_TTL_MINUTES: positiveInt.max(1440).default(30),
  SESSION_TTL_HOURS: positiveInt.max(24 * 90).default(12),
  TRAINEE_LINK_TTL_HOURS: positiveInt.max(24 * 30).default(72),
  TRAINEE_SESSION_TTL_DAYS: positiveInt.max(365).default(30),
  ATTACHMENT_MAX_BYTES: positiveInt.max(100 * 1024 * 1024).default(20 * 1024 * 1024),
  ATTACHMENT_MAX_FILES: positiveInt.max(50).default(10),
  UPLOAD_MEMORY_BUDGET_BYTES: positiveInt.max(16 * 1024 ** 3).default(256 * 1024 * 1024),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  DEMO_DATA: z.enum(['true', 'false']).optional(),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'must be smtp://[user:password@]host[:port] or smtps://… (leave it unset to write .eml files)' })
    .optional(),
  MAIL_FROM: z
    .string()
    .regex(/^[^<>\r\n]*<[^<>@\s]+@[^<>@\s]+>$|^[^<>@\s]+@[^<>@\s]+$/, 'must be an address, optionally with a name: Support <support@example.com>')
    .default('Handover <support@localhost>'),
  MAIL_REPLY_TO: z.email().optional(),
  // With the back-off capped at an hour, 30 attempts keep retrying for roughly 12-23 hours, as mail servers do.
  MAIL_MAX_ATTEMPTS: positiveInt.max(100).default(30),
  MAIL_KEEP_SENT_DAYS: positiveInt.max(3650).default(90),
  MEILI_URL: z.url({ protocol: /^https?$/, error: 'must be http(s)://host:port of a Meilisearch server (leave it unset for the embedded search engine)' }).optional(),
  MEILI_API_KEY: z.string().min(16, 'must be at least 16 characters (a Meilisearch key with search and document rights)').optional(),
  DOCS_HISTORY_FILE: z.string().min(1).default('./docs-history.json'),
  DOCS_CONFIRM_TTL_HOURS: positiveInt.max(720).default(48),
  MEILI_INDEX: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'must be letters, digits, - and _ (a Meilisearch index uid)').default('handover'),
});

/** The variables' names, for the checks that the README and the operations manual list each of them. */
export const configVariables = Object.keys(EnvSchema.shape) as (keyof typeof EnvSchema.shape)[];

type Env = z.infer<typeof EnvSchema>;

function toConfig(e: Env, cwd: string) {
  const [start, end] = e.SUPPORT_HOTLINE_HOURS.split('-') as [string, string];
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: path.resolve(cwd, e.DATA_DIR),
    siteDir: path.resolve(cwd, e.SITE_DIR),
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    /** Express `trust proxy`: a hop count, or the proxies' addresses/subnets ('loopback', '10.0.0.0/8'). */
    trustProxy: e.TRUST_PROXY === undefined ? undefined : /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY,
    /** When set, /metrics answers only `Authorization: Bearer <token>`. */
    metricsToken: e.METRICS_TOKEN,
    ticketCategories: e.TICKET_CATEGORIES,
    /** The tags a customer may choose when filing; staff may use any. */
    publicTags: e.TICKET_PUBLIC_TAGS,
    support: {
      /** P1 tickets from these domains page the on-call list at once; others once the address is confirmed. */
      trustedDomains: e.SUPPORT_TRUSTED_DOMAINS,
      hotline: e.SUPPORT_HOTLINE,
      /** On working days, in the support calendar's time zone. */
      hotlineHours: { start, end },
      emergencyLine: e.SUPPORT_EMERGENCY_LINE,
      email: e.SUPPORT_EMAIL ?? e.MAIL_REPLY_TO,
      forumUrl: e.SUPPORT_FORUM_URL,
      remoteAssistUrl: e.SUPPORT_REMOTE_ASSIST_URL,
      /** Support hours and the working-day calendar are counted in this zone. */
      timeZone: e.SUPPORT_TIME_ZONE,
    },
    autoCloseDays: e.AUTO_CLOSE_DAYS,
    trackingLinkTtlDays: e.TRACKING_LINK_TTL_DAYS,
    magicLinkTtlMinutes: e.MAGIC_LINK_TTL_MINUTES,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    training: { linkTtlHours: e.TRAINEE_LINK_TTL_HOURS, sessionTtlDays: e.TRAINEE_SESSION_TTL_DAYS },
    attachmentMaxBytes: e.ATTACHMENT_MAX_BYTES,
    attachmentMaxFiles: e.ATTACHMENT_MAX_FILES,
    /** Bytes of uploads held in memory at once by this process, across requests. */
    uploadMemoryBudgetBytes: e.UPLOAD_MEMORY_BUDGET_BYTES,
    /** First admin, created at start when no admin exists. */
    initialAdmin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD } : undefined,
    /** Demo staff and tickets on first start: on by default for the embedded database only. */
    demoData: e.DEMO_DATA ? e.DEMO_DATA === 'true' : !e.DATABASE_URL,
    /** Outgoing e-mail: SMTP when `smtpUrl` is set, else .eml files under DATA_DIR/mail. */
    mail: {
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM,
      replyTo: e.MAIL_REPLY_TO,
      maxAttempts: e.MAIL_MAX_ATTEMPTS,
      /** Sent rows (their links already removed) are kept this long as a delivery record, then deleted. */
      keepSentDays: e.MAIL_KEEP_SENT_DAYS,
    },
    /** Docs subscriptions: the ledger of docs changes the digests list (shipped with the server), and how long a confirmation link works. */
    docs: {
      historyFile: path.resolve(cwd, e.DOCS_HISTORY_FILE),
      confirmTtlHours: e.DOCS_CONFIRM_TTL_HOURS,
    },
    /** Search: Meilisearch when `meiliUrl` is set, else the embedded engine with its snapshot under DATA_DIR/search. */
    search: {
      meiliUrl: e.MEILI_URL,
      meiliApiKey: e.MEILI_API_KEY,
      meiliIndex: e.MEILI_INDEX,
    },
  };
}

export type Config = ReturnType<typeof toConfig>;

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once, at start-up. Empty strings count as unset, as in most .env tooling. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? '(environment)'), message: issue.message })),
    );
  }
  const e = parsed.data;
  const problems: { variable: string; message: string }[] = [];
  if (Boolean(e.ADMIN_EMAIL) !== Boolean(e.ADMIN_PASSWORD)) {
    const missing = e.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL';
    problems.push({ variable: missing, message: 'ADMIN_EMAIL and ADMIN_PASSWORD are set together or not at all' });
  }
  if (e.UPLOAD_MEMORY_BUDGET_BYTES < e.ATTACHMENT_MAX_BYTES) {
    problems.push({ variable: 'UPLOAD_MEMORY_BUDGET_BYTES', message: 'must be at least ATTACHMENT_MAX_BYTES, or no file of the largest size could ever be received' });
  }
  if (e.MEILI_API_KEY && !e.MEILI_URL) problems.push({ variable: 'MEILI_URL', message: 'MEILI_API_KEY is set but MEILI_URL is not: set the server address too, or unset the key' });
  if (problems.length > 0) throw new ConfigError(problems);
  return toConfig(e, cwd);
}
