import { randomInt, randomUUID } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import type { Config } from '../../src/config.js';
import { testConfig } from './app.js';

/** Ticket tests tell clients apart by X-Forwarded-For, so rate limits per address can be exercised and avoided. */
export function ticketTestConfig(env: NodeJS.ProcessEnv = {}): Config {
  return testConfig({ TRUST_PROXY: 'loopback', TICKET_PUBLIC_TAGS: '登录,upgrade,备份,vpn', ...env });
}

export function someIp(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

export function uniqueEmail(name = 'customer'): string {
  return `${name}-${randomUUID().slice(0, 8)}@example.com`;
}

export type TicketBody = Record<string, unknown> & { requester: Record<string, unknown> };

/** A valid submission, as the site's form sends it, with any field replaced. */
export function ticketBody(overrides: Record<string, unknown> = {}, requester: Record<string, unknown> = {}): TicketBody {
  return {
    subject: '升级后无法登录 🔐',
    description: '## 现象\n\n升级到 2.3 之后，所有用户都无法登录。\n\n```\nERROR auth: token expired\n```',
    priority: 'P2',
    category: 'deployment',
    tags: ['登录', 'upgrade'],
    ...overrides,
    requester: { email: uniqueEmail(), name: '王小明', organisation: '示例科技', phone: '+86 10 6552 9988', locale: 'zh-Hans', ...requester },
  };
}

/** POSTs a submission from its own client address (or the one given), as anonymous or with a bearer. */
export function postTicket(app: Express, body: unknown, options: { ip?: string; bearer?: string } = {}) {
  const req = request(app).post('/api/v1/tickets').set('X-Forwarded-For', options.ip ?? someIp());
  if (options.bearer) req.set('Authorization', options.bearer);
  return req.send(body as object);
}

/** Files a valid ticket and returns what the customer gets back: number, tracking token and its header. */
export async function fileTestTicket(app: Express, overrides: Record<string, unknown> = {}, requester: Record<string, unknown> = {}, bearer?: string) {
  const res = await postTicket(app, ticketBody(overrides, requester), { bearer });
  if (res.status !== 201) throw new Error(`filing failed: ${res.status} ${JSON.stringify(res.body)}`);
  const body = res.body as { number: string; trackingToken: string; requester: { email: string } };
  return { number: body.number, token: body.trackingToken, link: `Bearer ${body.trackingToken}`, email: body.requester.email, body: res.body };
}
