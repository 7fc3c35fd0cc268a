import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

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

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type AxeViolation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

/**
 * axe-core's serious and critical violations on the page, one line each. axe is injected as an inline script,
 * which the site's CSP refuses: open the page in a context made with `bypassCSP: true`.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Docusaurus's route-change progress bar (nprogress, role="bar") is up while a client-side navigation loads.
  await page.locator('#nprogress').waitFor({ state: 'detached' });
  await page.addScriptTag({ content: axeSource });
  const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`)) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}
