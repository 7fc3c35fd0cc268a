import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type ServerProcess = { url: string; pid: number; stop(): Promise<void> };

/**
 * Starts `bench/<entry>` in a child process (through tsx).
 * BENCH_PROFILE=1 writes a V8 CPU profile of each child to bench/results/ when it stops.
 */
function forkBench(entry: string, env: Record<string, string>): ChildProcess {
  const profile = process.env.BENCH_PROFILE === '1' ? ['--cpu-prof', `--cpu-prof-dir=${fileURLToPath(new URL('results/', import.meta.url))}`] : [];
  return fork(fileURLToPath(new URL(entry, import.meta.url)), {
    execArgv: ['--import', import.meta.resolve('tsx'), ...profile], // resolved here, so any working directory will do
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** The child's next IPC message, or a rejection naming the child if it exits first. */
function nextMessage<T>(child: ChildProcess, entry: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${entry} exited with code ${code}`));
    child.once('exit', onExit);
    child.once('message', (message: T) => {
      child.off('exit', onExit);
      resolve(message);
    });
  });
}

/** A server in a child process: waits for the port it listens on. */
export async function startServerProcess(entry: string, env: Record<string, string>): Promise<ServerProcess> {
  const child = forkBench(entry, env);
  const { port } = await nextMessage<{ port: number }>(child, entry);
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => stopChild(child) };
}

export type WorkerProcess<Job, Outcome> = { run(job: Job): Promise<Outcome>; stop(): Promise<void> };

/** A child that does one job per IPC message and answers each with its outcome (it says `ready` first). */
export async function startWorkerProcess<Job, Outcome>(entry: string, env: Record<string, string>): Promise<WorkerProcess<Job, Outcome>> {
  const child = forkBench(entry, env);
  await nextMessage<'ready'>(child, entry);
  return {
    run(job) {
      const outcome = nextMessage<Outcome>(child, entry);
      child.send(job as object);
      return outcome;
    },
    stop: () => stopChild(child),
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
