import { open, type FileHandle } from 'node:fs/promises';
import type { SearchDocument } from '../documents.js';
import type { Tokenizer } from '../tokenizer.js';
import { Postings } from './postings.js';
import { indexedFields, ShardIndex, type TermEntry } from './shard.js';

/**
 * The snapshot file: a sequence of records, each a kind byte, a 4-byte length and its bytes — JSON for the header,
 * the stored documents and the term names, raw typed arrays for the field lengths and the postings. It is written
 * and read a record at a time (a few thousand documents or terms each), so neither side ever holds the index as one
 * string (a 500 MB JSON text is more than V8 can hold) and the event loop gets a turn between records.
 */
const magic = Buffer.from('HOSEARCH');
const kinds = { json: 1, binary: 2 } as const;
const documentsPerRecord = 2_000;
const termsPerRecord = 20_000;

export class SnapshotWriter {
  private constructor(private readonly handle: FileHandle) {}

  static async create(file: string): Promise<SnapshotWriter> {
    const handle = await open(file, 'w');
    await handle.write(magic);
    return new SnapshotWriter(handle);
  }

  async json(value: unknown): Promise<void> {
    await this.record(kinds.json, Buffer.from(JSON.stringify(value)));
  }

  async binary(bytes: Uint8Array): Promise<void> {
    await this.record(kinds.binary, bytes);
  }

  async shard(shard: ShardIndex): Promise<void> {
    shard.compact();
    const documents = shard.documents as SearchDocument[];
    await this.json({ documents: documents.length });
    for (let start = 0; start < documents.length; start += documentsPerRecord) await this.json(documents.slice(start, start + documentsPerRecord));
    for (const lengths of shard.fieldLengths) await this.binary(bytesOf(lengths.ensure(documents.length).subarray(0, documents.length)));
    let batch: [string, TermEntry][] = [];
    for (const pair of shard.terms) {
      batch.push(pair);
      if (batch.length === termsPerRecord) await this.terms((batch = batch.splice(0)));
    }
    await this.terms(batch);
    await this.json({ end: true });
  }

  async close(): Promise<void> {
    await this.handle.sync();
    await this.handle.close();
  }

  /** One record of term names with the fields each occurs in, then one of their postings back to back. */
  private async terms(batch: [string, TermEntry][]): Promise<void> {
    if (batch.length === 0) return;
    const masks = batch.map(([, entry]) => entry.reduce((mask, postings, field) => (postings ? mask | (1 << field) : mask), 0));
    await this.json(batch.map(([term], i) => [term, masks[i]]));
    let size = 0;
    for (const [, entry] of batch) for (const postings of entry) if (postings) size += 4 + postings.length * 4 + align4(postings.length * 2);
    const bytes = new Uint8Array(size);
    const view = new DataView(bytes.buffer);
    let offset = 0;
    for (const [, entry] of batch) {
      for (const postings of entry) {
        if (!postings) continue;
        view.setUint32(offset, postings.length, true);
        offset += 4;
        bytes.set(bytesOf(postings.slots.subarray(0, postings.length)), offset);
        offset += postings.length * 4;
        bytes.set(bytesOf(postings.freqs.subarray(0, postings.length)), offset);
        offset += align4(postings.length * 2);
      }
    }
    await this.binary(bytes);
  }

  private async record(kind: number, bytes: Uint8Array): Promise<void> {
    const head = Buffer.alloc(5);
    head.writeUInt8(kind, 0);
    head.writeUInt32LE(bytes.byteLength, 1);
    await this.handle.write(head);
    await this.handle.write(bytes);
  }
}

export class SnapshotReader {
  private position = 0;
  private constructor(private readonly handle: FileHandle) {}

  /** The reader, or null when the file does not start as a snapshot (another format, a partial write). */
  static async open(file: string): Promise<SnapshotReader | null> {
    const handle = await open(file, 'r');
    const reader = new SnapshotReader(handle);
    const head = await reader.read(magic.length).catch(() => null);
    if (!head || !head.equals(magic)) {
      await handle.close();
      return null;
    }
    return reader;
  }

  async json<T>(): Promise<T> {
    return JSON.parse((await this.record(kinds.json)).toString('utf8')) as T;
  }

  async binary(): Promise<Buffer> {
    return this.record(kinds.binary);
  }

  async shard(tokenizer: Tokenizer): Promise<ShardIndex> {
    const shard = new ShardIndex(tokenizer);
    const head = await this.json<{ documents: number }>();
    const documents: SearchDocument[] = [];
    while (documents.length < head.documents) documents.push(...(await this.json<SearchDocument[]>()));
    documents.forEach((document, slot) => {
      shard.slotOf.set(document.id, slot);
      // The facet columns are derived from the documents (their codes are this process's own).
      shard.setColumns(slot, document);
    });
    shard.documents = documents;
    shard.live = documents.length;
    for (let field = 0; field < indexedFields.length; field++) {
      const lengths = new Uint32Array(await this.arrayBuffer(head.documents * 4));
      shard.fieldLengths[field]!.ensure(lengths.length).set(lengths);
      shard.lengthSums[field] = lengths.reduce((sum, length) => sum + length, 0);
    }
    for (;;) {
      const names = await this.json<[string, number][] | { end: true }>();
      if (!Array.isArray(names)) break;
      const buffer = ownBuffer(await this.binary());
      const view = new DataView(buffer);
      let offset = 0;
      for (const [term, mask] of names) {
        const entry: TermEntry = [];
        for (let field = 0; field < indexedFields.length; field++) {
          if (!(mask & (1 << field))) continue;
          const length = view.getUint32(offset, true);
          offset += 4;
          const slots = new Uint32Array(buffer, offset, length);
          offset += length * 4;
          const freqs = new Uint16Array(buffer, offset, length);
          offset += align4(length * 2);
          entry[field] = new Postings(slots, freqs, length);
        }
        shard.terms.set(term, entry);
      }
    }
    return shard;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }

  private async arrayBuffer(expected: number): Promise<ArrayBuffer> {
    const bytes = await this.binary();
    if (bytes.byteLength !== expected) throw new Error('search snapshot: a column has the wrong length');
    return ownBuffer(bytes);
  }

  private async record(kind: number): Promise<Buffer> {
    const head = await this.read(5);
    if (head.readUInt8(0) !== kind) throw new Error('search snapshot: unexpected record');
    return this.read(head.readUInt32LE(1));
  }

  private async read(length: number): Promise<Buffer> {
    const buffer = Buffer.alloc(length);
    let done = 0;
    while (done < length) {
      const { bytesRead } = await this.handle.read(buffer, done, length - done, this.position + done);
      if (bytesRead === 0) throw new Error('search snapshot: the file ends early');
      done += bytesRead;
    }
    this.position += length;
    return buffer;
  }
}

/** The record's bytes as an ArrayBuffer of their own, so typed arrays can view them at 4-byte offsets. */
const ownBuffer = (bytes: Buffer): ArrayBuffer =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
const align4 = (bytes: number) => (bytes + 3) & ~3;
const bytesOf = (array: Uint32Array | Uint16Array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
