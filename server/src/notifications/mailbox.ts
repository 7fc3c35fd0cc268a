import type { Dirent } from 'node:fs';
import { lstat, open, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser, type AddressObject, type HeaderLines, type ParsedMail } from 'mailparser';
import { z } from 'zod';
import { ProblemError } from '../http/errors.js';
import { mailboxIdPattern, type MailboxItem, type MailboxMessage, type MailboxPage } from './admin-schemas.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';

/** The mailbox directory when no SMTP server is configured: where fileTransport writes (see createMailTransport). */
export function mailboxDirectory(dataDir: string): string {
  return path.join(dataDir, 'mail');
}

// A listing reads this much of each file on its page: enough for any header block we write, never the body.
const headerReadBytes = 64 * 1024;
const interestingHeaders = ['Auto-Submitted', 'List-Unsubscribe', 'List-Unsubscribe-Post'] as const;

type Entry = { id: string; mtimeMs: number; size: number };

const EncodedKey = z.tuple([z.literal('m'), z.number().nonnegative().max(Number.MAX_SAFE_INTEGER), z.string().regex(mailboxIdPattern)]);

const encodeBefore = (entry: Entry) => encodeCursor(['m', entry.mtimeMs, entry.id]);

function decodeBefore(before: string): { mtimeMs: number; id: string } {
  const [, mtimeMs, id] = decodeCursor(before, EncodedKey, 'before', 'is not a position this API gave out');
  return { mtimeMs, id };
}

const newestFirst = (a: { mtimeMs: number; id: string }, b: { mtimeMs: number; id: string }) =>
  b.mtimeMs - a.mtimeMs || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

function addresses(value: AddressObject | AddressObject[] | undefined): string | null {
  if (!value) return null;
  return (Array.isArray(value) ? value.map((a) => a.text).join(', ') : value.text) || null;
}

function isoDate(date: Date | undefined): string | null {
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
}

function headerText(mail: ParsedMail, name: string): string | null {
  const value = mail.headers.get(name.toLowerCase());
  return typeof value === 'string' ? value : null;
}

/** A header's value as written (unfolded): mailparser turns List-* headers into objects, we show the text. */
function rawHeader(lines: HeaderLines, name: string): string | undefined {
  const line = lines.find((l) => l.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
}

function summary(id: string, mail: ParsedMail): Omit<MailboxItem, 'size'> {
  return {
    id,
    messageId: mail.messageId ?? null,
    from: addresses(mail.from),
    to: addresses(mail.to),
    subject: mail.subject ?? null,
    date: isoDate(mail.date),
    kind: headerText(mail, 'X-Handover-Kind'),
  };
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * The embedded mailbox, read-only: the `.eml` files fileTransport wrote. Newest first by file time, since a
 * resend rewrites its file; the name breaks ties. Files being written (`*.tmp`) are not messages yet.
 */
export class Mailbox {
  constructor(private readonly directory: string) {}

  async list(options: { limit: number; before?: string }): Promise<MailboxPage> {
    const before = options.before ? decodeBefore(options.before) : undefined;
    const entries = (await this.entries()).sort(newestFirst).filter((entry) => !before || newestFirst(before, entry) < 0);
    const page = entries.slice(0, options.limit);
    const parsed = await Promise.all(page.map(async (entry) => ({ entry, mail: await this.parseHeaders(entry.id) })));
    const items = parsed.flatMap(({ entry, mail }) => (mail ? [{ ...summary(entry.id, mail), size: entry.size }] : []));
    const last = page.at(-1);
    return { items, nextBefore: entries.length > options.limit && last ? encodeBefore(last) : null };
  }

  async read(id: string): Promise<MailboxMessage> {
    const mail = await simpleParser(await this.raw(id), { skipTextToHtml: true, skipImageLinks: true });
    const headers: MailboxMessage['headers'] = {};
    for (const name of interestingHeaders) {
      const value = rawHeader(mail.headerLines, name);
      if (value !== undefined) headers[name] = value;
    }
    const references = mail.references === undefined ? [] : Array.isArray(mail.references) ? mail.references : [mail.references];
    return {
      ...summary(id, mail),
      inReplyTo: mail.inReplyTo ?? null,
      references,
      replyTo: addresses(mail.replyTo),
      headers,
      text: mail.text ?? null,
      html: mail.html || null,
    };
  }

  /** The file's bytes; 404 for an id that names no message. */
  async raw(id: string): Promise<Buffer> {
    const file = this.fileOf(id);
    try {
      if (!(await lstat(file)).isFile()) throw new ProblemError('not_found');
      return await readFile(file);
    } catch (error) {
      if (missing(error)) throw new ProblemError('not_found');
      throw error;
    }
  }

  private fileOf(id: string): string {
    const file = path.join(this.directory, `${id}.eml`);
    // The route validated the id already; this keeps the class safe on its own.
    if (!mailboxIdPattern.test(id) || path.dirname(file) !== path.resolve(this.directory)) throw new ProblemError('not_found');
    return file;
  }

  private async entries(): Promise<Entry[]> {
    let names: Dirent[];
    try {
      names = await readdir(this.directory, { withFileTypes: true });
    } catch (error) {
      if (missing(error)) return [];
      throw error;
    }
    const messages = names.filter((d) => d.isFile() && d.name.endsWith('.eml')).map((d) => d.name.slice(0, -'.eml'.length));
    const entries = await Promise.all(
      messages
        .filter((id) => mailboxIdPattern.test(id))
        .map(async (id) => {
          try {
            const info = await stat(this.fileOf(id));
            return { id, mtimeMs: info.mtimeMs, size: info.size };
          } catch (error) {
            if (missing(error)) return undefined; // removed since the directory was read
            throw error;
          }
        }),
    );
    return entries.filter((entry): entry is Entry => entry !== undefined);
  }

  /** Parses the header block only: the start of the file up to the first blank line. Undefined when the file has gone. */
  private async parseHeaders(id: string): Promise<ParsedMail | undefined> {
    let handle;
    try {
      handle = await open(this.fileOf(id), 'r');
    } catch (error) {
      if (missing(error)) return undefined;
      throw error;
    }
    try {
      const buffer = Buffer.alloc(headerReadBytes);
      const { bytesRead } = await handle.read(buffer, 0, headerReadBytes, 0);
      const head = buffer.subarray(0, bytesRead);
      const ends = [head.indexOf('\r\n\r\n'), head.indexOf('\n\n')].map((i, n) => (i < 0 ? Infinity : i + (n === 0 ? 4 : 2)));
      return await simpleParser(head.subarray(0, Math.min(bytesRead, ...ends)));
    } finally {
      await handle.close();
    }
  }
}
