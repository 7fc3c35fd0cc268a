import pg from 'pg';
import { tokenPrefixes } from '../../server/src/auth/tokens.js';
import { hashToken, newSecretToken } from '../../server/src/shared/tokens.js';

export type DrillData = { tickets: number; probe: { number: number; subject: string; token: string } };

/**
 * A support desk's worth of data in a migrated database: `count` tickets with a public message and an event each,
 * a log file on every third ticket (in the database, as in production), and delivered and dead outbox rows. One
 * ticket gets a tracking link so the drill can read it through the API after the restore.
 */
export async function loadDrillData(databaseUrl: string, count: number): Promise<DrillData> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO users (id, email, name, role, password_hash, updated_at)
       SELECT gen_random_uuid(), 'agent-' || g || '@drill.example.com', '值班工程师 ' || g, 'agent', 'x', now()
       FROM generate_series(1, 10) g`,
    );
    await client.query(
      `INSERT INTO tickets (id, subject, description, priority, status, category, tags, requester_email, requester_name,
         requester_locale, assignee_id, created_at, updated_at)
       SELECT gen_random_uuid(), '演练工单 ' || g || '：升级后无法登录', 'After the upgrade nobody can sign in (' || g || ')',
              (ARRAY['P1','P2','P3','P4'])[1 + g % 4]::"TicketPriority",
              (ARRAY['new','open','pending','resolved','closed'])[1 + g % 5]::"TicketStatus",
              (ARRAY['deployment','data','account','how-to','defect','other'])[1 + g % 6],
              ARRAY['drill'], 'customer-' || g % 500 || '@example.com', '客户 ' || g % 500,
              CASE WHEN g % 2 = 0 THEN 'zh-Hans' ELSE 'en' END,
              (SELECT id FROM users ORDER BY email LIMIT 1 OFFSET g % 10),
              now() - g * interval '1 minute', now() - g * interval '1 minute'
       FROM generate_series(1, $1) g`,
      [count],
    );
    await client.query(
      `INSERT INTO messages (id, ticket_id, visibility, author_type, author_name, body, created_at)
       SELECT gen_random_uuid(), id, 'public', 'customer', requester_name, '补充日志见附件。', created_at FROM tickets`,
    );
    await client.query(
      `INSERT INTO ticket_events (id, ticket_id, actor_type, type, after, created_at)
       SELECT gen_random_uuid(), id, 'customer', 'created', jsonb_build_object('status', status), created_at FROM tickets`,
    );
    // 1-2 KB of log text per file: content, size and sha256 agree, as the attachment code writes them.
    await client.query(
      `INSERT INTO attachments (id, ticket_id, filename, content_type, size, sha256, content, created_at)
       SELECT gen_random_uuid(), id, 'server-' || number || '.log', 'text/plain', length(content), encode(sha256(content), 'hex'),
              content, created_at
       FROM (SELECT id, number, created_at,
                    convert_to(repeat('2026-12-01T08:00:00Z ERROR auth: token expired for ' || number || E'\\n', 20 + number % 20), 'UTF8') AS content
             FROM tickets WHERE number % 3 = 0) AS files`,
    );
    await client.query(
      `INSERT INTO outbox_messages (id, kind, recipient, locale, ticket_id, payload, status, attempts, message_id, sent_at, last_error)
       SELECT gen_random_uuid(), 'ticket_received', requester_email, requester_locale, t.id, jsonb_build_object('ticketNumber', number),
              CASE WHEN number % 50 = 0 THEN 'dead' ELSE 'sent' END::"OutboxStatus", 1,
              '<outbox.drill-' || number || '@drill.example.com>',
              CASE WHEN number % 50 = 0 THEN NULL ELSE created_at END,
              CASE WHEN number % 50 = 0 THEN '550 5.1.1 User unknown' END
       FROM tickets t`,
    );
    const probe = await client.query<{ id: string; number: number; subject: string }>(
      'SELECT id, number, subject FROM tickets WHERE number % 3 = 0 ORDER BY number DESC LIMIT 1',
    );
    const { id, number, subject } = probe.rows[0]!;
    const token = newSecretToken(tokenPrefixes.trackingLink);
    await client.query('INSERT INTO ticket_access_tokens (id, ticket_id, token_hash) VALUES (gen_random_uuid(), $1, $2)', [
      id,
      hashToken(token),
    ]);
    await client.query('COMMIT');
    await client.query('ANALYZE');
    return { tickets: count, probe: { number, subject, token } };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
