import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMigrations } from '../src/db/migrations.js';
import { readDatamodel, renderDatabaseReference, schemaPath } from '../../scripts/generate-db-docs.js';

describe('the database reference pages', () => {
  it('are committed as generated from prisma/schema.prisma (run `npm run db:docs` when this fails)', () => {
    for (const [file, content] of renderDatabaseReference()) expect(readFileSync(file, 'utf8'), file).toBe(content);
  });

  // Proves the check above can fail: a column added to the schema must change the pages.
  it('change when a column is added, in both locales, with its English and Chinese description', () => {
    const schema = readFileSync(schemaPath, 'utf8');
    const changed = schema.replace('  @@map("users")', '  /// where the member sits\n  /// zh: 座位\n  desk String? @map("desk_label")\n\n  @@map("users")');
    expect(changed).not.toBe(schema);
    const pages = [...renderDatabaseReference(readDatamodel(changed))].filter(([file]) => file.endsWith('/users.md'));
    expect(pages).toHaveLength(2);
    for (const [file, content] of pages) {
      expect(content, file).not.toBe(readFileSync(file, 'utf8'));
      expect(content).toContain('| `desk_label` | `text` |');
    }
    expect(pages.map(([, content]) => content).join()).toMatch(/座位[\s\S]*where the member sits|where the member sits[\s\S]*座位/);
  });
});

describe('the /ready examples in the docs', () => {
  it('show as many applied migrations as the project has', () => {
    const count = readMigrations().length;
    const pages = [
      'docs/api/health.md',
      'docs/operations/postgresql.md',
      'i18n/en/docusaurus-plugin-content-docs/current/api/health.md',
      'i18n/en/docusaurus-plugin-content-docs/current/operations/postgresql.md',
    ];
    for (const page of pages) {
      const shown = [...readFileSync(new URL(`../../${page}`, import.meta.url), 'utf8').matchAll(/"applied":(\d+)/g)].map((m) => Number(m[1]));
      expect(shown.length, page).toBeGreaterThan(0);
      for (const applied of shown) expect(applied, `${page} (update it when adding a migration)`).toBe(count);
    }
  });
});
