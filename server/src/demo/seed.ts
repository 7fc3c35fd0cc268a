import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { StaffActor } from '../auth/actor.js';
import type { Services } from '../services.js';
import { demoSavedReplies } from './saved-replies.js';
import { demoTickets } from './tickets.js';

export type DemoCredentials = { email: string; password: string; role: 'admin' | 'agent' }[];

/**
 * On the very first start of an empty embedded database (DEMO_DATA, on by default without DATABASE_URL): a demo
 * administrator and agent with fresh random passwords, tickets in every status with a conversation, and three shared
 * saved replies, so the API and, later, the console have something to show. Returns the credentials (for printing
 * once), or null when the database already has staff.
 */
export async function seedDemoData(services: Services): Promise<DemoCredentials | null> {
  const { context } = services;
  if (!(await services.staff.teamIsEmpty())) return null;
  const credentials: DemoCredentials = [
    { email: 'admin@example.com', password: randomBytes(12).toString('base64url'), role: 'admin' },
    { email: 'agent@example.com', password: randomBytes(12).toString('base64url'), role: 'agent' },
  ];
  const names = { admin: '演示管理员 Demo Admin', agent: '演示客服 Demo Agent' };
  const staff: Record<'admin' | 'agent', StaffActor> = {} as never;
  for (const account of credentials) {
    const user = await services.staff.create({ email: account.email, name: names[account.role], role: account.role, locale: 'zh-Hans', onCall: false, password: account.password });
    staff[account.role] = { kind: 'staff', userId: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale, via: 'session' };
  }

  const { tickets, conversation } = services;
  for (const demo of demoTickets) {
    const filed = await tickets.fileTicket(demo.ticket, staff.admin);
    let version = (await tickets.getTicket(staff.admin, filed.number)) as { version: number };
    for (const step of demo.steps) {
      if (step.kind === 'change') {
        const assigneeId = step.assignTo ? staff[step.assignTo].userId : undefined;
        version = await tickets.updateTicket(staff.agent, filed.number, {
          version: version.version,
          ...(step.status ? { status: step.status } : {}),
          ...(assigneeId ? { assigneeId } : {}),
        });
      } else {
        const ref = await conversation.ticketFor(staff.agent, filed.number);
        if (step.kind === 'reply') await conversation.addReply(staff.agent, ref, step.body);
        else await conversation.addInternalNote(staff.agent, ref, step.body);
        version = (await tickets.getTicket(staff.admin, filed.number)) as { version: number };
      }
    }
  }
  for (const reply of demoSavedReplies) await services.savedReplies.create(staff.admin, reply);
  context.logger.info({ tickets: demoTickets.length, savedReplies: demoSavedReplies.length }, 'demo data created');
  return credentials;
}

export const demoCredentialsFile = 'demo-credentials.txt';

/**
 * The demo passwords, shown once and never on stdout, the stream the JSON log goes to (`npm start > file` would
 * keep them in the log). On a terminal they go to stderr; otherwise (a service, a redirect) to a file in DATA_DIR
 * that only the owner may read. Returns where they went.
 */
export function showDemoCredentials(
  credentials: DemoCredentials,
  options: { publicUrl: string; dataDir: string; terminal?: NodeJS.WriteStream },
): { to: 'terminal' } | { to: 'file'; path: string } {
  const lines = [
    '',
    '  Handover demo data / 演示数据',
    `  Sign in at ${options.publicUrl}/api/v1/auth/login with / 登录账号：`,
    ...credentials.map((c) => `    ${c.role.padEnd(5)}  ${c.email}  password / 密码: ${c.password}`),
    '  These passwords are shown only this once. / 密码只显示这一次。',
    '',
  ];
  const text = `${lines.join('\n')}\n`;
  const terminal = options.terminal ?? process.stderr;
  if (terminal.isTTY) {
    terminal.write(text);
    return { to: 'terminal' };
  }
  mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, demoCredentialsFile);
  writeFileSync(file, text, { mode: 0o600 });
  chmodSync(file, 0o600); // the mode above applies only when the file is new
  return { to: 'file', path: file };
}
