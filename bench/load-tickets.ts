import pg from 'pg';

/**
 * Fills the queue with `count` tickets in one INSERT … SELECT: a realistic mix of statuses (30 % open) and
 * priorities (P1 rare, P3/P4 common), 20 agents holding 70 % of them, a year of creation dates. Numbers come
 * from the column's sequence as for filed tickets. Seeded, so every run loads the same queue.
 */
export async function loadTickets(databaseUrl: string, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const agents = await client.query<{ id: string }>(
      `INSERT INTO users (id, email, name, role, password_hash, updated_at)
       SELECT gen_random_uuid(), 'agent-' || g || '@bench.example.com', 'Agent ' || g, 'agent', 'x', now() FROM generate_series(1, 20) g
       RETURNING id`,
    );
    await client.query('SELECT setseed(0.42)');
    await client.query(
      `INSERT INTO tickets (id, subject, description, priority, status, category, tags, source, requester_email, requester_name,
         requester_locale, assignee_id, created_at, updated_at, first_response_at, resolved_at, closed_at)
       SELECT gen_random_uuid(), 'Ticket ' || g || ': sign-in fails after the upgrade',
              'After upgrading to 2.3 nobody can sign in. Log excerpt: ERROR auth: token expired (' || g || ')',
              priority, status, (ARRAY['deployment','data','account','how-to','defect','other'])[1 + g % 6],
              ARRAY['bench', 'tag-' || g % 50], 'web', 'customer-' || g % 5000 || '@example.com', 'Customer ' || g % 5000,
              CASE WHEN g % 2 = 0 THEN 'zh-Hans' ELSE 'en' END,
              CASE WHEN r3 < 0.3 THEN NULL ELSE ($2::uuid[])[1 + g % 20] END,
              created_at, updated_at,
              CASE WHEN status <> 'new' THEN created_at + interval '1 hour' END,
              CASE WHEN status IN ('resolved', 'closed') THEN updated_at END,
              CASE WHEN status = 'closed' THEN updated_at END
       FROM (
         SELECT g, r3,
                CASE WHEN r1 < 0.10 THEN 'new' WHEN r1 < 0.40 THEN 'open' WHEN r1 < 0.55 THEN 'pending'
                     WHEN r1 < 0.70 THEN 'resolved' ELSE 'closed' END::"TicketStatus" AS status,
                CASE WHEN r2 < 0.05 THEN 'P1' WHEN r2 < 0.25 THEN 'P2' WHEN r2 < 0.70 THEN 'P3' ELSE 'P4' END::"TicketPriority" AS priority,
                now() - r4 * interval '365 days' AS created_at,
                now() - r4 * interval '365 days' + r4 * interval '7 days' AS updated_at
         FROM (SELECT g, random() AS r1, random() AS r2, random() AS r3, random() AS r4 FROM generate_series(1, $1) g) AS draws
       ) AS tickets`,
      [count, agents.rows.map((row) => row.id)],
    );
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}
