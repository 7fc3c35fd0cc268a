import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

type Violation = { from: string; to: string; rule: { name: string } };

/**
 * The layers of the server hold: dependency-cruiser with the project's rules (.dependency-cruiser.cjs), the same
 * check as `npm run deps:check`. A violation names the rule, the module and what it imported.
 */
describe('the dependency rules of server/src', () => {
  it('are all kept, over every module of the server', () => {
    const out = execFileSync(process.execPath, [`${root}node_modules/dependency-cruiser/bin/dependency-cruise.mjs`, 'server/src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const result = JSON.parse(out) as { summary: { violations: Violation[]; totalCruised: number } };
    expect(result.summary.totalCruised).toBeGreaterThan(100); // it really looked at the tree
    expect(result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  }, 60_000);
});
