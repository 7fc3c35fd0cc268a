import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import type { Audience } from '../src/http/route-spec.js';
import { routeSpecs } from '../src/openapi/specs.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { createStaff } from './support/staff.js';
import { createMagicLink, createTicket } from './support/tickets.js';

/**
 * Every documented route against every kind of caller. A caller outside a route's audience must be refused
 * (401, 403 or 404 — never a 2xx, never a validation answer that shows the route went further); a caller inside it
 * must not be refused. The audiences come from the same route specs that build the OpenAPI document, so a new
 * route is in this matrix the moment it is documented.
 */
type Role = 'anonymous' | 'deactivated' | 'otherLink' | 'link' | 'requester' | 'agent' | 'admin';
const roles: Role[] = ['anonymous', 'deactivated', 'otherLink', 'link', 'requester', 'agent', 'admin'];

function allowed(role: Role, audience: Audience[]): boolean {
  if (audience.includes('anyone')) return true;
  if (role === 'admin') return audience.includes('staff') || audience.includes('admin');
  if (role === 'agent') return audience.includes('staff');
  if (role === 'link') return audience.includes('ticket-link');
  if (role === 'requester') return audience.includes('requester');
  return false;
}

/** Refusals that are deliberate narrowing inside an audience: a token may not mint tokens or add staff (session only). */
const refusedByDesign: Record<string, Role[]> = { createApiToken: ['agent', 'admin'], createStaff: ['admin'] };

describe('who may reach which route', () => {
  let db: Database;
  let close: () => Promise<void>;
  let app: Express;
  const auth = {} as Record<Role, string | undefined>;
  const ids = {} as Record<'number' | 'attachment' | 'staff', string>;

  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    app = testApp(db);
    const [agent, admin, deactivated] = await Promise.all([
      createStaff(db.prisma),
      createStaff(db.prisma, { role: 'admin' }),
      createStaff(db.prisma, { role: 'admin', active: false }),
    ]);
    const mine = await createTicket(db.prisma, { status: 'resolved' });
    const other = await createTicket(db.prisma);
    const attachment = await db.prisma.attachment.create({
      data: { ticketId: mine.id, filename: 'app.log', contentType: 'text/plain', size: 3, sha256: '0'.repeat(64), content: Buffer.from('log') },
    });
    Object.assign(auth, {
      anonymous: undefined,
      deactivated: deactivated.bearer,
      otherLink: other.bearer,
      link: mine.bearer,
      requester: await createMagicLink(db.prisma, mine.requesterEmail),
      agent: agent.bearer,
      admin: admin.bearer,
    });
    Object.assign(ids, { number: mine.reference, attachment: attachment.id, staff: agent.id });
  });
  afterAll(() => close());

  const bodies: Record<string, object> = {
    addTicketMessage: { body: '你好 👋', visibility: 'public' },
    updateTicket: { version: 1, priority: 'P3' },
    bulkUpdateTickets: { numbers: ['HO-1'], status: 'open' },
    createStaff: { email: `new-${randomUUID().slice(0, 6)}@example.com`, name: '新同事', password: 'a long enough password' },
    updateStaff: { name: '改名 Renamed' },
    changePassword: { currentPassword: 'wrong password here', newPassword: 'another long password' },
    createApiToken: { name: 'ci' },
  };

  const cases = routeSpecs
    .filter((spec) => !spec.audience.includes('anyone'))
    .flatMap((spec) => roles.map((role) => ({ spec, role, operation: spec.operationId })));

  it.each(cases)('$operation as $role', async ({ spec, role }) => {
    const path = spec.path
      .replace('{number}', ids.number)
      .replace('{id}', spec.path.startsWith('/staff') ? ids.staff : spec.path.includes('attachments') ? ids.attachment : randomUUID());
    let req = request(app)[spec.method](`/api/v1${path}`);
    if (auth[role]) req = req.set('Authorization', auth[role]!);
    const res = await (spec.method === 'get' || spec.method === 'delete' ? req : req.send(bodies[spec.operationId] ?? {}));
    if (allowed(role, spec.audience) && !refusedByDesign[spec.operationId]?.includes(role)) {
      expect([401, 403], `${res.status} ${JSON.stringify(res.body)}`).not.toContain(res.status);
    } else {
      expect([401, 403, 404], `${res.status} ${JSON.stringify(res.body)}`).toContain(res.status);
    }
  });
});
