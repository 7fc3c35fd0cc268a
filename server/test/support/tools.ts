import { spawnSync } from 'node:child_process';

/** Whether a command-line tool is on PATH. */
export function hasTool(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Checks that need an operating-system tool run when it is there and are skipped with a notice when not; under
 * CI=true a missing tool fails instead, so CI can never pass by skipping them.
 */
export function requireTool(name: string, install: string): boolean {
  if (hasTool(name)) return true;
  if (process.env.CI === 'true') throw new Error(`${name} is missing; CI must install it (${install})`);
  process.stderr.write(`notice: ${name} is not installed, so its checks are skipped (${install})\n`);
  return false;
}
