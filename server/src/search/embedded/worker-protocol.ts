/** The messages between the main thread and the search worker: a call by name with its arguments, and its answer. */
export type WorkerOperation = 'upsert' | 'remove' | 'retain' | 'clear' | 'search' | 'health' | 'saveSnapshot' | 'loadSnapshotInto';
export type WorkerRequest = { id: number; operation: WorkerOperation; args: unknown[] };
export type WorkerReply = { id: number; value?: unknown; error?: { name: string; message: string } };
