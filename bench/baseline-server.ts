// The least a server can do for the same two endpoints: node:http and a pg Pool of the app's size, no framework,
// no validation, no authentication. The app's figures are read against these.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.BENCH_APP_DATABASE_URL, max: Number(process.env.BENCH_POOL_SIZE) });
/** Events are attributed to the staff member whose token the app's clients use, so both write the same rows. */
const staffId = process.env.BENCH_STAFF_ID!;

type Submission = {
  subject: string;
  description: string;
  priority: string;
  category: string;
  tags?: string[];
  requester: { email: string; name: string; organisation?: string; phone?: string; locale?: string };
};

/**
 * The ticket, its `created` event, its tracking-token hash and its e-mails (the customer's acknowledgement and a
 * new-ticket alert with an unsubscribe-link hash for each active staff member), in one transaction: the rows the
 * app writes.
 */
async function fileTicket(input: Submission): Promise<{ number: string; trackingToken: string }> {
  const id = randomUUID();
  const at = new Date();
  const token = `hot_${randomBytes(32).toString('base64url')}`;
  const { requester } = input;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ number: number }>(
      `INSERT INTO tickets (id, subject, description, priority, category, tags, source, requester_email, requester_name,
         requester_organisation, requester_phone, requester_locale, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'api', $7, $8, $9, $10, $11, $12, $12) RETURNING number`,
      [id, input.subject, input.description, input.priority, input.category, input.tags ?? [], requester.email.trim().toLowerCase(),
        requester.name, requester.organisation ?? null, requester.phone ?? null, requester.locale ?? 'zh-Hans', at],
    );
    const after = { subject: input.subject, priority: input.priority, category: input.category, source: 'api' };
    await client.query(
      `INSERT INTO ticket_events (id, ticket_id, actor_type, actor_user_id, type, after, created_at) VALUES ($1, $2, 'staff', $3, 'created', $4, $5)`,
      [randomUUID(), id, staffId, after, at],
    );
    await client.query(`INSERT INTO ticket_access_tokens (id, ticket_id, token_hash, created_at) VALUES ($1, $2, $3, $4)`, [
      randomUUID(), id, createHash('sha256').update(token).digest('hex'), at,
    ]);
    const number = `HO-${rows[0]!.number}`;
    const staff = await client.query<{ id: string; email: string; locale: string }>(
      `SELECT id, email, locale FROM users WHERE active AND NOT ('staff_new_ticket' = ANY(coalesce(muted_notifications, '{}'))) ORDER BY email`,
    );
    const expires = new Date(at.getTime() + 180 * 86_400_000);
    const unsubscribe = staff.rows.map((member) => ({ member, token: `hou_${randomBytes(32).toString('base64url')}` }));
    if (unsubscribe.length > 0) {
      const values = unsubscribe.map((_, i) => `($${i * 3 + 1}, $${i * 3 + 2}, 'staff_new_ticket', $${i * 3 + 3}, $${unsubscribe.length * 3 + 1})`);
      await client.query(`INSERT INTO unsubscribe_tokens (token_hash, user_id, kind, created_at, expires_at) VALUES ${values.join(', ')}`, [
        ...unsubscribe.flatMap(({ member, token }) => [createHash('sha256').update(token).digest('hex'), member.id, at]),
        expires,
      ]);
    }
    const facts = { ticketNumber: number, subject: input.subject, priority: input.priority, category: input.category, requesterName: requester.name };
    const mails = [
      { kind: 'ticket_received', to: requester.email, locale: requester.locale ?? 'zh-Hans', payload: { ...facts, trackingUrl: `http://127.0.0.1/support/track#token=${token}` } },
      ...unsubscribe.map(({ member, token: link }) => ({
        kind: 'staff_new_ticket',
        to: member.email,
        locale: member.locale,
        payload: { ...facts, requesterEmail: requester.email, description: input.description, unsubscribeUrl: `http://127.0.0.1/api/v1/notifications/unsubscribe?token=${link}` },
      })),
    ];
    const params: unknown[] = [id, at];
    const values = mails.map((mail) => {
      const rowId = randomUUID();
      const [k, r, l, p, m] = [mail.kind, mail.to, mail.locale, mail.payload, `<outbox.${rowId}@127.0.0.1>`].map((v) => `$${params.push(v)}`);
      return `($${params.push(rowId)}, ${k}, ${r}, ${l}, $1, ${p}, ${m}, $2, $2)`;
    });
    await client.query(
      `INSERT INTO outbox_messages (id, kind, recipient, locale, ticket_id, payload, message_id, created_at, next_attempt_at) VALUES ${values.join(', ')}`,
      params,
    );
    await client.query('COMMIT');
    return { number, trackingToken: token };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

const priorities = ['P1', 'P2', 'P3', 'P4'];

/** The queue's first page or the page after a cursor: the same WHERE, ORDER BY and LIMIT as the app's query. */
async function listQueue(query: URLSearchParams) {
  const limit = Number(query.get('limit') ?? 25);
  const params: unknown[] = [limit + 1];
  const placeholder = (value: unknown, cast = '') => `$${params.push(value)}${cast}`;
  // A list of placeholders, as Prisma writes it, not `= ANY($1)`: with one status the planner then reads the
  // (status, priority, created_at) index in order and stops after a page; an array parameter sorts every open ticket.
  const statuses = query.get('status')!.split(',').map((status) => placeholder(status, '::"TicketStatus"'));
  let after = '';
  const cursor = query.get('cursor');
  if (cursor) {
    const [, priority, createdAt, number] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string, string, number];
    const later = priorities.slice(priorities.indexOf(priority) + 1).map((p) => placeholder(p, '::"TicketPriority"'));
    const [p, c, n] = [placeholder(priority, '::"TicketPriority"'), placeholder(new Date(createdAt)), placeholder(number)];
    after = `AND (${later.length ? `t.priority IN (${later.join(', ')}) OR ` : ''}(t.priority = ${p} AND t.created_at > ${c})
                  OR (t.priority = ${p} AND t.created_at = ${c} AND t.number > ${n}))`;
  }
  const { rows } = await pool.query(
    `SELECT t.number, t.subject, t.status, t.priority, t.category, t.tags, t.requester_email, t.requester_name,
            t.requester_organisation, t.version, t.created_at, t.updated_at, t.first_response_at, u.id AS assignee_id, u.name AS assignee_name
     FROM tickets t LEFT JOIN users u ON u.id = t.assignee_id
     WHERE t.status IN (${statuses.join(', ')}) ${after}
     ORDER BY t.priority, t.created_at, t.number LIMIT $1`,
    params,
  );
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  const nextCursor =
    rows.length > limit && last ? Buffer.from(JSON.stringify(['p', last.priority, last.created_at.toISOString(), last.number])).toString('base64url') : null;
  const items = shown.map((row) => ({
    number: `HO-${row.number}`,
    subject: row.subject,
    status: row.status,
    priority: row.priority,
    category: row.category,
    tags: row.tags,
    requester: { email: row.requester_email, name: row.requester_name, organisation: row.requester_organisation },
    assignee: row.assignee_id ? { id: row.assignee_id, name: row.assignee_name } : null,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    firstResponseAt: row.first_response_at?.toISOString() ?? null,
  }));
  return { items, nextCursor };
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) }).end(json);
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  try {
    if (url.pathname !== '/api/v1/tickets') return send(res, 404, { code: 'not_found' });
    if (req.method === 'POST') return send(res, 201, await fileTicket((await readJson(req)) as Submission));
    if (req.method === 'GET') return send(res, 200, await listQueue(url.searchParams));
    send(res, 405, { code: 'method_not_allowed' });
  } catch (error) {
    send(res, 500, { code: 'internal', detail: String(error) });
  }
});

server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
process.once('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => void pool.end().then(() => process.exit(0)));
});
