import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

function problemsFor(env: NodeJS.ProcessEnv) {
  try {
    loadConfig(env, '/srv/handover');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('configuration from the environment', () => {
  it('runs on the embedded defaults when nothing is set', () => {
    expect(loadConfig({}, '/srv/handover')).toEqual({
      port: 8000,
      host: '0.0.0.0',
      publicUrl: 'http://localhost:8000',
      databaseUrl: undefined,
      databasePoolSize: 10,
      dataDir: path.resolve('/srv/handover/data'),
      siteDir: path.resolve('/srv/handover/build'),
      logLevel: 'info',
      logFormat: 'json',
      shutdownTimeoutMs: 10_000,
      trustProxy: undefined,
      metricsToken: undefined,
      ticketCategories: ['deployment', 'data', 'account', 'how-to', 'defect', 'other'],
      publicTags: [],
      support: {
        trustedDomains: [],
        hotline: undefined,
        hotlineHours: { start: '09:00', end: '18:00' },
        emergencyLine: undefined,
        email: undefined,
        forumUrl: undefined,
        remoteAssistUrl: undefined,
        timeZone: 'Asia/Shanghai',
      },
      autoCloseDays: 7,
      trackingLinkTtlDays: 90,
      magicLinkTtlMinutes: 30,
      sessionTtlHours: 12,
      training: { linkTtlHours: 72, sessionTtlDays: 30 },
      attachmentMaxBytes: 20 * 1024 * 1024,
      attachmentMaxFiles: 10,
      uploadMemoryBudgetBytes: 256 * 1024 * 1024,
      initialAdmin: undefined,
      demoData: true,
      mail: { smtpUrl: undefined, from: 'Handover <support@localhost>', replyTo: undefined, maxAttempts: 30, keepSentDays: 90 },
      search: { meiliUrl: undefined, meiliApiKey: undefined, meiliIndex: 'handover' },
      docs: { historyFile: path.resolve('/srv/handover', 'docs-history.json'), confirmTtlHours: 48 },
    });
  });

  it('turns demo data off by default on PostgreSQL, and reads the support settings', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgresql://db/handover',
      TICKET_CATEGORIES: ' install, billing ,install',
      ADMIN_EMAIL: 'admin@example.com',
      ADMIN_PASSWORD: 'correct horse battery',
      ATTACHMENT_MAX_BYTES: '1048576',
      SMTP_URL: 'smtps://mailer:s3cret@smtp.example.com:465',
      MAIL_FROM: '技术支持 <support@example.com>',
      MAIL_REPLY_TO: 'helpdesk@example.com',
      MAIL_MAX_ATTEMPTS: '3',
      MAIL_KEEP_SENT_DAYS: '30',
    });
    expect(config).toMatchObject({
      mail: { smtpUrl: 'smtps://mailer:s3cret@smtp.example.com:465', from: '技术支持 <support@example.com>', replyTo: 'helpdesk@example.com', maxAttempts: 3, keepSentDays: 30 },
      demoData: false,
      ticketCategories: ['install', 'billing'],
      initialAdmin: { email: 'admin@example.com', password: 'correct horse battery' },
      attachmentMaxBytes: 1048576,
    });
  });

  it('reads every variable, treating empty ones as unset', () => {
    const config = loadConfig(
      {
        PORT: '9000',
        HOST: '127.0.0.1',
        PUBLIC_URL: 'https://support.example.com/',
        DATABASE_URL: 'postgresql://handover@db:5432/handover',
        DATABASE_POOL_SIZE: '20',
        DATA_DIR: '/var/lib/handover',
        SITE_DIR: '',
        LOG_LEVEL: 'debug',
        LOG_FORMAT: 'pretty',
        SHUTDOWN_TIMEOUT_MS: '2500',
      },
      '/srv/handover',
    );
    expect(config).toMatchObject({
      port: 9000,
      host: '127.0.0.1',
      publicUrl: 'https://support.example.com',
      databaseUrl: 'postgresql://handover@db:5432/handover',
      databasePoolSize: 20,
      dataDir: '/var/lib/handover',
      siteDir: path.resolve('/srv/handover/build'),
      logLevel: 'debug',
      logFormat: 'pretty',
      shutdownTimeoutMs: 2500,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://root@localhost/handover' }, 'DATABASE_URL'],
    [{ PUBLIC_URL: 'support.example.com' }, 'PUBLIC_URL'],
    [{ PUBLIC_URL: 'ftp://support.example.com' }, 'PUBLIC_URL'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
    [{ LOG_FORMAT: 'xml' }, 'LOG_FORMAT'],
    [{ DATABASE_POOL_SIZE: '0' }, 'DATABASE_POOL_SIZE'],
    [{ SHUTDOWN_TIMEOUT_MS: '-1' }, 'SHUTDOWN_TIMEOUT_MS'],
    [{ TICKET_CATEGORIES: 'Deployment!' }, 'TICKET_CATEGORIES'],
    [{ ADMIN_EMAIL: 'not-an-address', ADMIN_PASSWORD: 'long enough password' }, 'ADMIN_EMAIL'],
    [{ ADMIN_EMAIL: 'admin@example.com' }, 'ADMIN_PASSWORD'],
    [{ ADMIN_EMAIL: 'admin@example.com', ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ DEMO_DATA: 'yes' }, 'DEMO_DATA'],
    [{ SMTP_URL: 'http://smtp.example.com' }, 'SMTP_URL'],
    [{ SMTP_URL: 'smtp.example.com:587' }, 'SMTP_URL'],
    [{ MAIL_FROM: 'Support <not an address>' }, 'MAIL_FROM'],
    [{ MAIL_REPLY_TO: 'nobody' }, 'MAIL_REPLY_TO'],
    [{ MAIL_MAX_ATTEMPTS: '0' }, 'MAIL_MAX_ATTEMPTS'],
    [{ MAIL_KEEP_SENT_DAYS: '0' }, 'MAIL_KEEP_SENT_DAYS'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: 'false' }, 'TRUST_PROXY'],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN'],
    [{ SUPPORT_HOTLINE_HOURS: '18:00-09:00' }, 'SUPPORT_HOTLINE_HOURS'],
    [{ SUPPORT_HOTLINE_HOURS: '9-18' }, 'SUPPORT_HOTLINE_HOURS'],
    [{ SUPPORT_HOTLINE: 'call us' }, 'SUPPORT_HOTLINE'],
    [{ SUPPORT_TRUSTED_DOMAINS: 'example.com, not a domain' }, 'SUPPORT_TRUSTED_DOMAINS'],
    [{ SUPPORT_FORUM_URL: 'javascript:alert(1)' }, 'SUPPORT_FORUM_URL'],
    [{ TICKET_PUBLIC_TAGS: 'Upper' }, 'TICKET_PUBLIC_TAGS'],
    [{ SUPPORT_TIME_ZONE: 'Mars/Olympus' }, 'SUPPORT_TIME_ZONE'],
    [{ ATTACHMENT_MAX_BYTES: '2000000', UPLOAD_MEMORY_BUDGET_BYTES: '1000000' }, 'UPLOAD_MEMORY_BUDGET_BYTES'],
  ])('refuses %o, naming %s', (env, variable) => {
    const problems = problemsFor(env);
    expect(problems.map((p) => p.variable)).toEqual([variable]);
    expect(problems[0]!.message.length).toBeGreaterThan(0);
  });

  it('explains what to give instead of TRUST_PROXY=true, and takes hop counts and addresses', () => {
    expect(problemsFor({ TRUST_PROXY: 'true' })[0]!.message).toMatch(/number of proxies.*addresses/);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
  });

  it('reads the support channels, public tags and trusted domains', () => {
    const config = loadConfig({
      SUPPORT_HOTLINE: '+86 400 800 1234',
      SUPPORT_HOTLINE_HOURS: '08:30-17:30',
      SUPPORT_EMERGENCY_LINE: '+86 138 0000 0000',
      MAIL_REPLY_TO: 'helpdesk@example.com',
      SUPPORT_FORUM_URL: 'https://forum.example.com',
      SUPPORT_TRUSTED_DOMAINS: 'example.com, customer.example.cn',
      TICKET_PUBLIC_TAGS: '登录, upgrade',
    });
    expect(config.support).toEqual({
      trustedDomains: ['example.com', 'customer.example.cn'],
      hotline: '+86 400 800 1234',
      hotlineHours: { start: '08:30', end: '17:30' },
      emergencyLine: '+86 138 0000 0000',
      email: 'helpdesk@example.com',
      forumUrl: 'https://forum.example.com',
      remoteAssistUrl: undefined,
      timeZone: 'Asia/Shanghai',
    });
    expect(config.publicTags).toEqual(['登录', 'upgrade']);
  });

  it('lists every bad variable at once', () => {
    expect(problemsFor({ PORT: 'x', LOG_FORMAT: 'xml' }).map((p) => p.variable).sort()).toEqual(['LOG_FORMAT', 'PORT']);
  });
});
