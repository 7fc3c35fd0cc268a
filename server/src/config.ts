import path from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

/** Every variable the server reads. README "Configuration" and the operations manual list the same ones. */
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
  TRUST_PROXY: z.string().min(1).optional(),
  TICKET_CATEGORIES: z
    .string()
    .default('deployment,data,account,how-to,defect,other')
    .transform((value) => [...new Set(value.split(',').map((c) => c.trim()).filter(Boolean))])
    .pipe(z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'categories are lower-case words joined by -')).min(1)),
  AUTO_CLOSE_DAYS: positiveInt.max(365).default(7),
  TRACKING_LINK_TTL_DAYS: positiveInt.max(3650).default(90),
  MAGIC_LINK_TTL_MINUTES: positiveInt.max(1440).default(30),
  SESSION_TTL_HOURS: positiveInt.max(24 * 90).default(12),
  ATTACHMENT_MAX_BYTES: positiveInt.max(100 * 1024 * 1024).default(20 * 1024 * 1024),
  ATTACHMENT_MAX_FILES: positiveInt.max(50).default(10),
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
});

export type Config = {
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  siteDir: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  logFormat: 'json' | 'pretty';
  shutdownTimeoutMs: number;
  /** Express `trust proxy`: set when a load balancer adds X-Forwarded-For, so rate limits see client addresses. */
  trustProxy: boolean | number | string | undefined;
  ticketCategories: string[];
  autoCloseDays: number;
  trackingLinkTtlDays: number;
  magicLinkTtlMinutes: number;
  sessionTtlHours: number;
  attachmentMaxBytes: number;
  attachmentMaxFiles: number;
  /** First admin, created at start when no admin exists. */
  initialAdmin: { email: string; password: string } | undefined;
  /** Demo staff and tickets on first start: on by default for the embedded database only. */
  demoData: boolean;
  /** Outgoing e-mail: SMTP when `smtpUrl` is set, else .eml files under DATA_DIR/mail. */
  mail: {
    smtpUrl: string | undefined;
    from: string;
    replyTo: string | undefined;
    maxAttempts: number;
    /** Sent rows (their links already removed) are kept this long as a delivery record, then deleted. */
    keepSentDays: number;
  };
};

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
  if (Boolean(e.ADMIN_EMAIL) !== Boolean(e.ADMIN_PASSWORD)) {
    const missing = e.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL';
    throw new ConfigError([{ variable: missing, message: 'ADMIN_EMAIL and ADMIN_PASSWORD are set together or not at all' }]);
  }
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
    // Express reads a number as a hop count and a string as addresses/subnets ('loopback', '10.0.0.0/8').
    trustProxy:
      e.TRUST_PROXY === undefined ? undefined : e.TRUST_PROXY === 'true' ? true : /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY,
    ticketCategories: e.TICKET_CATEGORIES,
    autoCloseDays: e.AUTO_CLOSE_DAYS,
    trackingLinkTtlDays: e.TRACKING_LINK_TTL_DAYS,
    magicLinkTtlMinutes: e.MAGIC_LINK_TTL_MINUTES,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    attachmentMaxBytes: e.ATTACHMENT_MAX_BYTES,
    attachmentMaxFiles: e.ATTACHMENT_MAX_FILES,
    initialAdmin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD } : undefined,
    demoData: e.DEMO_DATA ? e.DEMO_DATA === 'true' : !e.DATABASE_URL,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, replyTo: e.MAIL_REPLY_TO, maxAttempts: e.MAIL_MAX_ATTEMPTS, keepSentDays: e.MAIL_KEEP_SENT_DAYS },
  };
}
