import { Worker } from 'node:worker_threads';
import type { EngineHealth, EngineQuery, EngineResult, SearchDocument, SearchType } from './documents.js';
import type { SnapshotEngine, SnapshotMeta } from './embedded-engine.js';
import type { WorkerOperation, WorkerReply } from './embedded/worker-protocol.js';
import { ProblemError } from '../http/errors.js';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/**
 * The embedded engine in a worker thread (the server's default): the same index and answers as EmbeddedEngine, but
 * a search scores on the worker's thread, so the event loop goes on serving other requests meanwhile. Documents and
 * queries are copied to the worker, results back. If the worker dies, its index is gone: calls in flight fail, the
 * next call starts a new, empty worker, and `onLost` listeners (the indexer) reopen the index from the snapshot.
 */
export class WorkerEngine implements SnapshotEngine {
  readonly kind = 'embedded' as const;
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly lostListeners: (() => void)[] = [];
  private closed = false;

  onLost(listener: () => void): void {
    this.lostListeners.push(listener);
  }

  async applySettings(): Promise<void> {
    // The settings are the code's, as in EmbeddedEngine.
  }

  upsert(documents: SearchDocument[]): Promise<void> {
    return this.call('upsert', documents);
  }

  remove(ids: string[]): Promise<void> {
    return this.call('remove', ids);
  }

  retain(types: SearchType[], keep: Set<string>): Promise<void> {
    return this.call('retain', types, [...keep]);
  }

  clear(): Promise<void> {
    return this.call('clear');
  }

  search(query: EngineQuery): Promise<EngineResult> {
    return this.call('search', query);
  }

  health(): Promise<EngineHealth> {
    return this.call('health');
  }

  saveSnapshot(file: string, meta: SnapshotMeta): Promise<void> {
    return this.call('saveSnapshot', file, meta);
  }

  loadSnapshotInto(file: string): Promise<SnapshotMeta | null> {
    return this.call('loadSnapshotInto', file);
  }

  /** Stops the worker (at shutdown, after the last snapshot); calls still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.failPending(new Error('the search worker was stopped'));
    await worker?.terminate();
  }

  private call<T>(operation: WorkerOperation, ...args: unknown[]): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the search worker was stopped'));
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    // The worker keeps the process alive only while it owes an answer (a script waiting on a rebuild, say).
    if (this.pending.size === 0) worker.ref();
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, operation, args });
    });
  }

  private start(): Worker {
    const worker = startWorker();
    worker.unref();
    worker.on('message', ({ id, value, error }: WorkerReply) => {
      const pending = this.pending.get(id);
      if (!pending) return;
      this.pending.delete(id);
      if (this.pending.size === 0) worker.unref();
      if (error) pending.reject(Object.assign(new Error(error.message), { name: error.name }));
      else pending.resolve(value);
    });
    const lost = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      // Search is down until the index reopens, the rest of the API is not: the calls in flight answer 503.
      this.failPending(new ProblemError('search_unavailable', { detail: 'The search worker stopped; the index is reopening from its snapshot. Try again shortly.', cause: error }));
      for (const listener of this.lostListeners) listener();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the search worker stopped (exit code ${code})`)));
    return worker;
  }

  private failPending(error: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const call of pending) call.reject(error);
  }
}

/**
 * The worker runs the compiled file next to this one; from the TypeScript sources (tests, `tsx`), it registers tsx
 * first, since a worker does not inherit the loader that runs this file.
 */
function startWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './embedded/worker.ts' : './embedded/worker.js', import.meta.url).href;
  const code = fromSource ? `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })` : `import(${JSON.stringify(entry)})`;
  return new Worker(code, { eval: true, name: 'handover-search' });
}
