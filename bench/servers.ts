import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type ServerProcess = { url: string; stop(): Promise<void> };

/**
 * Starts `bench/<entry>` in a child process (through tsx) and waits for the port it listens on.
 * BENCH_PROFILE=1 writes a V8 CPU profile of each server to bench/results/ when it stops.
 */
export async function startServerProcess(entry: string, env: Record<string, string>): Promise<ServerProcess> {
  const profile = process.env.BENCH_PROFILE === '1' ? ['--cpu-prof', `--cpu-prof-dir=${fileURLToPath(new URL('results/', import.meta.url))}`] : [];
  const child = fork(fileURLToPath(new URL(entry, import.meta.url)), {
    execArgv: ['--import', import.meta.resolve('tsx'), ...profile], // resolved here, so any working directory will do
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message: { port: number }) => resolve(message.port));
    child.once('exit', (code) => reject(new Error(`${entry} exited with code ${code} before listening`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
