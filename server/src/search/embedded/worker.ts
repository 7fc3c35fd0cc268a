// The embedded search engine's own thread: it holds the index and answers the main thread's calls one at a time
// (see ../worker-engine.ts), so scoring a search never holds up the HTTP server's event loop.
import { parentPort } from 'node:worker_threads';
import type { EngineQuery, SearchDocument, SearchType } from '../documents.js';
import { EmbeddedEngine, type SnapshotMeta } from '../embedded-engine.js';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';

const engine = new EmbeddedEngine();
const port = parentPort!;

const operations = {
  upsert: (documents: SearchDocument[]) => engine.upsert(documents),
  remove: (ids: string[]) => engine.remove(ids),
  retain: (types: SearchType[], keep: string[]) => engine.retain(types, new Set(keep)),
  clear: () => engine.clear(),
  search: (query: EngineQuery) => engine.search(query),
  health: () => engine.health(),
  saveSnapshot: (file: string, meta: SnapshotMeta) => engine.saveSnapshot(file, meta),
  loadSnapshotInto: (file: string) => engine.loadSnapshotInto(file),
} satisfies Record<WorkerRequest['operation'], (...args: never[]) => Promise<unknown>>;

port.on('message', async ({ id, operation, args }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, value: await (operations[operation] as (...values: unknown[]) => Promise<unknown>)(...args) };
  } catch (error) {
    reply = { id, error: { name: (error as Error).name, message: (error as Error).message } };
  }
  port.postMessage(reply);
});
