import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const installHint = 'Install it with: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)';

/**
 * Whether browser tests can run. On a developer machine without Chromium they are skipped with a clear notice;
 * under CI (CI=true) a missing browser is a failure, so coverage cannot silently disappear.
 */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  const message = `Chromium not found at ${chromiumPath}. ${installHint}`;
  if (process.env.CI) throw new Error(message);
  console.warn(`Skipping browser tests: ${message}`);
  return false;
}

/** Debian's Chromium, headless, with the flags this offline machine needs; playwright gives it a fresh profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
