import { rm } from 'node:fs/promises';
import type { IndexPosition } from './documents.js';
import type { SnapshotEngine } from './embedded-engine.js';
import type { ConsumerPositionRepository, IndexChangeRepository } from './index-change-repository.js';
import type { PositionStore } from './indexer.js';

type State = { position: IndexPosition; docsHash: string | null };

/** Keeps the position in memory only: an index that lives as long as its process (tests, `search:reindex`). */
export class MemoryPositionStore implements PositionStore {
  private state: State | null = null;
  async load(): Promise<State | null> {
    return this.state;
  }
  async save(state: State): Promise<void> {
    this.state = state;
  }
}

/**
 * The embedded index's position, saved with the index itself in one snapshot file (DATA_DIR/search/), so the two
 * always agree. `load` reads the snapshot into the engine when it was written against this database; `save` only
 * marks the state, and `flush` writes the file (on a timer and at shutdown).
 */
export class SnapshotPositionStore implements PositionStore {
  private state: State | null = null;
  private database: string | undefined;
  private dirty = false;

  constructor(
    private readonly file: string,
    private readonly engine: SnapshotEngine,
    private readonly changes: IndexChangeRepository,
    private readonly legacyFile?: string,
  ) {}

  async load(): Promise<State | null> {
    if (this.legacyFile) await rm(this.legacyFile, { force: true });
    this.database = await this.changes.databaseIdentity();
    // A snapshot that cannot be read (cut short by a full disk, say) is as good as none: the index is rebuilt.
    const meta = await this.engine.loadSnapshotInto(this.file).catch(() => null);
    // A snapshot of another database is loaded, then rebuilt over (the indexer clears the tickets it does not find).
    if (!meta?.position || meta.database !== this.database) return null;
    this.state = {
      position: { txId: BigInt(meta.position.txId), changeId: BigInt(meta.position.changeId), appliedAt: new Date(meta.position.appliedAt) },
      docsHash: meta.docsHash,
    };
    return this.state;
  }

  async save(state: State): Promise<void> {
    this.state = state;
    this.dirty = true;
  }

  /** Writes the snapshot if anything changed since the last one; returns whether it wrote. */
  async flush(): Promise<boolean> {
    if (!this.dirty || !this.state) return false;
    this.dirty = false;
    const { position, docsHash } = this.state;
    this.database ??= await this.changes.databaseIdentity();
    await this.engine.saveSnapshot(this.file, {
      database: this.database,
      docsHash,
      position: { txId: position.txId.toString(), changeId: position.changeId.toString(), appliedAt: position.appliedAt.toISOString() },
    });
    return true;
  }
}

/** A shared index's position, in the database (search_consumers), the same for every replica. */
export class DatabasePositionStore implements PositionStore {
  constructor(
    private readonly positions: ConsumerPositionRepository,
    private readonly name: string,
  ) {}

  load(): Promise<State | null> {
    return this.positions.read(this.name);
  }

  save(state: State): Promise<void> {
    return this.positions.write(this.name, state.position, state.docsHash);
  }
}
