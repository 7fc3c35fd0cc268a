import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configVariables } from '../src/config.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The variables a page's tables name in their first column (a row may name several: `SMTP_URL`, `MAIL_FROM`). */
function tableVariables(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]!));
}

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(heading);
  expect(start, `${heading} is in the page`).toBeGreaterThanOrEqual(0);
  const next = markdown.indexOf('\n## ', start + heading.length);
  return markdown.slice(start, next === -1 ? undefined : next);
}

/**
 * Each setting is written once, in the config schema (server/src/config.ts); the README and the operations manual
 * describe them. These fail when a variable is added, renamed or removed on one side only.
 */
describe('the configuration tables', () => {
  const schema = [...configVariables].sort();

  it.each([
    ['README.md', (text: string) => section(text, '## Configuration')],
    ['docs/operations/configuration.md', (text: string) => text],
    ['i18n/en/docusaurus-plugin-content-docs/current/operations/configuration.md', (text: string) => text],
  ])('in %s list exactly the variables the server reads', (file, part) => {
    const listed = tableVariables(part(readFileSync(`${root}${file}`, 'utf8')));
    expect([...new Set(listed)].sort()).toEqual(schema);
  });
});
