// The fields of a request or response body as table rows: one per property, nested ones by their path
// (`requester.email`, `events[].type`), described in the page's language.
import { cell, described, typeOf, type Locale, type Schema } from './markdown.js';

type Row = { path: string; required: boolean; type: string; about: string };

/** The schema without its `null` branch: a nullable object's fields are still its fields. */
function nonNull(schema: Schema): Schema[] {
  const branches = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (!branches) return [schema];
  return branches.filter((branch) => branch.type !== 'null').flatMap(nonNull);
}

function collect(schema: Schema, prefix: string, locale: Locale, rows: Map<string, Row>): void {
  for (const branch of nonNull(schema)) {
    if (branch.type === 'array' && branch.items) {
      collect(branch.items as Schema, `${prefix}[]`, locale, rows);
      continue;
    }
    const required = new Set((branch.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries((branch.properties as Record<string, Schema> | undefined) ?? {})) {
      const path = prefix ? `${prefix}.${name}` : name;
      if (!rows.has(path)) rows.set(path, { path, required: required.has(name), type: typeOf(property), about: described(property, locale) });
      collect(property, path, locale, rows);
    }
  }
}

export function fieldRows(schema: Schema, locale: Locale): Row[] {
  const rows = new Map<string, Row>();
  collect(schema, '', locale, rows);
  return [...rows.values()];
}

export function fieldTable(schema: Schema, locale: Locale, words: { field: string; required: string; type: string; about: string; yes: string; no: string }): string[] {
  const rows = fieldRows(schema, locale);
  if (!rows.length) return [];
  return [
    `| ${words.field} | ${words.required} | ${words.type} | ${words.about} |`,
    '|---|---|---|---|',
    ...rows.map((row) => `| \`${row.path}\` | ${row.required ? words.yes : words.no} | ${cell(row.type)} | ${cell(row.about)} |`),
    '',
  ];
}
