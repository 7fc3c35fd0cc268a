import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(`${root}${file}`, 'utf8');

type Requirement = { id: string; status: string; where: string };

/** The rows of the requirement tables: `| \`REQ-…\` | requirement | status | where |`. */
function requirements(markdown: string): Requirement[] {
  return markdown
    .split('\n')
    .filter((line) => /^\| `REQ-[A-Z0-9]+-\d{3}` \|/.test(line))
    .map((line) => {
      const cells = line.split(' | ');
      return { id: cells[0]!.slice(3, -1), status: cells.at(-2)!, where: cells.at(-1)!.replace(/ \|$/, '') };
    });
}

/** The status a row claims, by the words each language opens the cell with. */
function claim(status: string): 'built' | '0.9' | 'planned' {
  if (/^(已实现|\*\*未达到\*\*|Built|\*\*Not met\*\*)/.test(status)) return 'built';
  if (/^0\.9/.test(status)) return '0.9';
  if (/^(计划中|Planned)/.test(status)) return 'planned';
  throw new Error(`unknown status: ${status}`);
}

/**
 * The requirements page is an acceptance list: its IDs are stable and name one requirement each, both languages
 * list the same requirements with the same status, and whatever is claimed as built says where it is met.
 */
describe('the requirements in the business documents', () => {
  const zh = requirements(read('docs/business/requirements.md'));
  const en = requirements(read('i18n/en/docusaurus-plugin-content-docs/current/business/requirements.md'));

  it('have unique IDs, the same in both languages and in the same order', () => {
    expect(zh.length).toBeGreaterThan(50);
    expect(new Set(zh.map((r) => r.id)).size).toBe(zh.length);
    expect(en.map((r) => r.id)).toEqual(zh.map((r) => r.id));
  });

  it('claim the same status in both languages', () => {
    expect(en.map((r) => [r.id, claim(r.status)])).toEqual(zh.map((r) => [r.id, claim(r.status)]));
  });

  it('say where each built requirement is met', () => {
    for (const row of [...zh, ...en].filter((r) => claim(r.status) === 'built')) {
      expect(row.where, row.id).toMatch(/\]\(|`/);
    }
  });
});
