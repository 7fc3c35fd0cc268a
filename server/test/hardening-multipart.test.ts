import type { Server } from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { someIp, ticketBody, ticketTestConfig } from './support/ticket-api.js';
import { createTicket, type TestTicket } from './support/tickets.js';

type RawAnswer = { status: number | null; contentType: string | null; body: string };

/**
 * Sends bytes exactly as given, on a socket of its own, and reads whatever comes back. With `abort`, the client
 * hangs up after sending: there is nobody left to answer, but the server must survive it.
 */
function sendRaw(port: number, head: string, body: string | Buffer, options: { abort?: boolean } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error) => (options.abort ? resolve({ status: null, contentType: null, body: '' }) : reject(error)));
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(text)?.[1];
      const contentType = /\r\ncontent-type: ([^\r\n]+)/i.exec(text)?.[1] ?? null;
      resolve({ status: status ? Number(status) : null, contentType, body: text.split('\r\n\r\n').slice(1).join('\r\n\r\n') });
    });
    socket.write(head);
    socket.write(body);
    // No end(): a half-closed socket may be closed by the server before it answers. `Connection: close` ends it.
    if (options.abort) setTimeout(() => socket.destroy(), 50);
  });
}

function multipartHead(path: string, contentType: string, length: number, extra = ''): string {
  return (
    `POST ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Forwarded-For: ${someIp()}\r\n` +
    `Content-Type: ${contentType}\r\nContent-Length: ${length}\r\n${extra}\r\n`
  );
}

const ticketPart = (boundary: string) =>
  `--${boundary}\r\nContent-Disposition: form-data; name="ticket"\r\n\r\n${JSON.stringify(ticketBody({ tags: undefined }))}\r\n`;

/** Bodies that are wrong in every way a multipart body can be, each with what the server must answer. */
const malformed: { name: string; contentType: string; body: (path: string) => string; status: number }[] = [
  {
    name: 'a file part cut off before the closing boundary',
    contentType: 'multipart/form-data; boundary=x',
    body: () => '--x\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\nabc\r\n',
    status: 400,
  },
  {
    name: 'the ticket part, then a file cut off',
    contentType: 'multipart/form-data; boundary=x',
    body: (path) => `${path.endsWith('/tickets') ? ticketPart('x') : '--x\r\nContent-Disposition: form-data; name="body"\r\n\r\nhello\r\n'}--x\r\nContent-Disposition: form-data; name="files"; filename="a.log"\r\n\r\nERROR`,
    status: 400,
  },
  { name: 'no boundary in the content type', contentType: 'multipart/form-data', body: () => '--x\r\n\r\n--x--\r\n', status: 400 },
  { name: 'headers cut off', contentType: 'multipart/form-data; boundary=x', body: () => '--x\r\nContent-Dispos', status: 400 },
  { name: 'no boundary line at all', contentType: 'multipart/form-data; boundary=x', body: () => 'just some bytes', status: 400 },
  { name: 'only a closing boundary', contentType: 'multipart/form-data; boundary=x', body: () => '--x--\r\n', status: 400 },
  {
    name: 'a part without a Content-Disposition',
    contentType: 'multipart/form-data; boundary=x',
    body: () => '--x\r\nContent-Type: text/plain\r\n\r\nabc\r\n--x--\r\n',
    status: 400,
  },
  {
    name: 'a field cut off before its end',
    contentType: 'multipart/form-data; boundary=x',
    body: () => '--x\r\nContent-Disposition: form-data; name="ticket"\r\n\r\n{"subject":',
    status: 400,
  },
  {
    name: 'a file before the ticket part',
    contentType: 'multipart/form-data; boundary=x',
    body: () => `--x\r\nContent-Disposition: form-data; name="files"; filename="a.log"\r\n\r\nERROR\r\n--x--\r\n`,
    status: 400,
  },
  {
    name: 'a header line longer than any real one',
    contentType: 'multipart/form-data; boundary=x',
    body: () => `--x\r\nContent-Disposition: form-data; name="${'n'.repeat(100_000)}"\r\n\r\nabc\r\n--x--\r\n`,
    status: 400,
  },
];

describe('malformed multipart bodies never stop the server', () => {
  let db: Database;
  let close: () => Promise<void>;
  let server: Server;
  let port: number;
  let ticket: TestTicket;
  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
    ticket = await createTicket(db.prisma, { status: 'open' });
    server = testApp(db, { config: ticketTestConfig() }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await close();
  });

  const health = async () => (await fetch(`http://127.0.0.1:${port}/health`)).status;
  const targets = () => [
    { path: '/api/v1/tickets', auth: '' },
    { path: `/api/v1/tickets/${ticket.reference}/messages`, auth: `Authorization: ${ticket.bearer}\r\n` },
  ];

  for (const target of ['filing', 'a customer reply'] as const) {
    it.each(malformed)(`${target}: $name is a 4xx problem, and the server still answers`, async ({ contentType, body, status }) => {
      const { path, auth } = targets()[target === 'filing' ? 0 : 1]!;
      const bytes = Buffer.from(body(path));
      const answer = await sendRaw(port, multipartHead(path, contentType, bytes.length, auth), bytes);
      expect(answer.status).toBe(status);
      expect(answer.contentType).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(answer.body).code).toMatch(/^(malformed_multipart|validation_failed|malformed_json)$/);
      expect(await health()).toBe(200);
    });

    it(`${target}: a client that hangs up in the middle of a file leaves the server answering`, async () => {
      const { path, auth } = targets()[target === 'filing' ? 0 : 1]!;
      const start = `${path.endsWith('/tickets') ? ticketPart('x') : ''}--x\r\nContent-Disposition: form-data; name="files"; filename="a.log"\r\n\r\n`;
      await sendRaw(port, multipartHead(path, 'multipart/form-data; boundary=x', 1_000_000, auth), start + 'E'.repeat(10_000), { abort: true });
      expect(await health()).toBe(200);
    });
  }

  it('files nothing for any of them', async () => {
    expect(await db.prisma.ticket.count()).toBe(1);
    expect(await db.prisma.message.count()).toBe(0);
    expect(await db.prisma.attachment.count()).toBe(0);
  });
});
