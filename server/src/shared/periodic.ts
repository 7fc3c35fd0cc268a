/**
 * Runs `work` now and then every `intervalMs` until stopped; runs never overlap (a tick during a run is skipped),
 * and a failing run goes to `onError` and the next tick tries again. The timer alone does not keep the process
 * alive. The returned function stops the timer and waits for a run in progress, so shutdown can close the
 * database after.
 */
export function startPeriodic(work: () => Promise<void>, intervalMs: number, onError: (error: unknown) => void): () => Promise<void> {
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = () => {
    if (running || stopped) return;
    running = work()
      .catch(onError)
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  run();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
