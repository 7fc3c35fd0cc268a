/**
 * Work a request starts but does not wait for (so that its answer cannot reveal what the work found). Each task is
 * tracked so shutdown can let it finish before the database closes, and so tests can wait for it instead of
 * sleeping. A failing task is reported to `onError`; it never becomes an unhandled rejection.
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly onError: (error: unknown) => void) {}

  run(task: () => Promise<void>): void {
    const promise: Promise<void> = Promise.resolve()
      .then(task)
      .catch(this.onError)
      .finally(() => this.running.delete(promise));
    this.running.add(promise);
  }

  /** Resolves once every task started so far, and any they started, has ended. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}
