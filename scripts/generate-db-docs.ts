// Generates the site's database reference (docs/database/reference/*.md in Chinese, the same under i18n/en in
// English) from prisma/schema.prisma, read by Prisma's own schema parser (the WebAssembly build of prisma-fmt
// that `prisma` itself uses for its DMMF). `--check` writes nothing and fails when a generated page is stale.
//
// Descriptions are the schema's `///` comments: English lines, and one line starting `zh:` for the Chinese page
// (a model, field or enum value without a `zh:` line shows its English text on the Chinese page too).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeOrCheckPages } from './generated-pages.js';
import { get_dmmf } from '@prisma/prisma-schema-wasm';

type Locale = 'zh-Hans' | 'en';
type Field = {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  isList: boolean;
  isRequired: boolean;
  isUnique: boolean;
  isId: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  type: string;
  nativeType?: [string, string[]] | null;
  default?: unknown;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  documentation?: string;
};
type Model = { name: string; dbName: string | null; fields: Field[]; documentation?: string };
type Index = { model: string; type: 'id' | 'unique' | 'normal' | 'fulltext'; isDefinedOnField: boolean; dbName?: string; fields: { name: string }[] };
type Enum = { name: string; values: { name: string; documentation?: string }[]; documentation?: string };
type Datamodel = { models: Model[]; enums: Enum[]; indexes: Index[] };

const root = fileURLToPath(new URL('..', import.meta.url));
export const schemaPath = path.join(root, 'prisma/schema.prisma');
export const dbReferenceDirs: Record<Locale, string> = {
  'zh-Hans': path.join(root, 'docs/database/reference'),
  en: path.join(root, 'i18n/en/docusaurus-plugin-content-docs/current/database/reference'),
};

const words = {
  'zh-Hans': {
    generated: '本页由 `npm run db:docs` 根据 prisma/schema.prisma 生成，请勿手工修改。',
    model: 'Prisma 模型',
    columns: '列',
    column: '列',
    type: '类型',
    nullable: '可空',
    default: '默认值',
    keys: '键',
    about: '说明',
    yes: '是',
    no: '',
    pk: '主键',
    unique: '唯一',
    fk: '外键',
    updatedAt: '每次更新时由 Prisma 设置',
    indexes: '索引',
    kind: '种类',
    relations: '关系',
    references: '引用',
    referencedBy: '被引用',
    onDelete: '删除时',
    actions: { Cascade: '级联删除', SetNull: '置空', Restrict: '拒绝', NoAction: '不处理', SetDefault: '设为默认值' } as Record<string, string>,
    indexKinds: { id: '主键', unique: '唯一索引', normal: '索引', fulltext: '全文索引' } as Record<string, string>,
    enumsTitle: '枚举类型',
    enumsIntro: '列类型中的枚举，以 PostgreSQL 枚举类型保存。',
    value: '取值',
    indexTitle: '数据字典',
    overview: '概览',
    indexIntro: '每张表的列、类型、默认值、索引和关系，由 `prisma/schema.prisma` 生成。表的设计与用法见 [数据库概览](../index.md)。',
    table: '表',
    colon: '：',
    comma: '，',
    list: '、',
  },
  en: {
    generated: 'Generated from prisma/schema.prisma by `npm run db:docs`; do not edit.',
    model: 'Prisma model',
    columns: 'Columns',
    column: 'Column',
    type: 'Type',
    nullable: 'Nullable',
    default: 'Default',
    keys: 'Keys',
    about: 'Description',
    yes: 'yes',
    no: '',
    pk: 'primary key',
    unique: 'unique',
    fk: 'foreign key',
    updatedAt: 'set by Prisma on every update',
    indexes: 'Indexes',
    kind: 'Kind',
    relations: 'Relations',
    references: 'References',
    referencedBy: 'Referenced by',
    onDelete: 'on delete',
    actions: { Cascade: 'cascade', SetNull: 'set null', Restrict: 'restrict', NoAction: 'no action', SetDefault: 'set default' } as Record<string, string>,
    indexKinds: { id: 'primary key', unique: 'unique index', normal: 'index', fulltext: 'full-text index' } as Record<string, string>,
    enumsTitle: 'Enum types',
    enumsIntro: 'The enums that column types name, stored as PostgreSQL enum types.',
    value: 'Value',
    indexTitle: 'Data dictionary',
    overview: 'Overview',
    indexIntro: "Every table's columns, types, defaults, indexes and relations, generated from `prisma/schema.prisma`. How the tables are designed and used: [Database overview](../index.md).",
    table: 'Table',
    colon: ': ',
    comma: ', ',
    list: ', ',
  },
} as const;

/** The `///` comment in one language: `zh:` lines for Chinese, the other lines for English. */
function describe(documentation: string | undefined, locale: Locale): string {
  const lines = (documentation ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  const zh = lines.filter((l) => l.startsWith('zh:')).map((l) => l.slice(3).trim());
  const en = lines.filter((l) => !l.startsWith('zh:'));
  return (locale === 'zh-Hans' && zh.length ? zh : en).join(' ');
}

/** Table cells are MDX: braces, angle brackets and pipes must not be read as syntax. */
const cell = (text: string) => text.replace(/[{}<>|]/g, (c) => `&#${c.charCodeAt(0)};`);
const code = (text: string) => `\`${text}\``;

function columnType(field: Field): string {
  let type: string;
  if (field.kind === 'enum') type = field.type;
  else if (field.nativeType) {
    const [name, args] = field.nativeType;
    type = `${name.toLowerCase()}${args.length ? `(${args.join(', ')})` : ''}`;
  } else {
    const scalars: Record<string, string> = {
      String: 'text', Int: 'integer', BigInt: 'bigint', Float: 'double precision', Decimal: 'decimal(65, 30)',
      Boolean: 'boolean', DateTime: 'timestamp(3)', Json: 'jsonb', Bytes: 'bytea',
    };
    type = scalars[field.type] ?? field.type;
  }
  return `${type}${field.isList ? '[]' : ''}`;
}

function defaultOf(field: Field): string {
  if (!field.hasDefaultValue) return '';
  const value = field.default as { name?: string; args?: unknown[] } | string | number | boolean | unknown[];
  if (Array.isArray(value)) return code(`[${value.map(String).join(', ')}]`);
  if (value && typeof value === 'object' && 'name' in value) {
    const args = value.name === 'uuid' ? [] : (value.args ?? []);
    return code(`${value.name}(${args.map(String).join(', ')})`);
  }
  return code(typeof value === 'string' ? value : JSON.stringify(value));
}

function renderModel(model: Model, dm: Datamodel, locale: Locale, position: number): string {
  const w = words[locale];
  const table = model.dbName ?? model.name;
  const tableOf = (name: string) => dm.models.find((m) => m.name === name)!;
  const tableName = (m: Model) => m.dbName ?? m.name;
  const column = (m: Model, fieldName: string) => {
    const f = m.fields.find((x) => x.name === fieldName)!;
    return f.dbName ?? f.name;
  };
  const relations = model.fields.filter((f) => f.kind === 'object');
  const foreignKeys = new Map<string, { to: Model; toFields: string[]; onDelete?: string }>();
  for (const r of relations) {
    for (const [i, from] of (r.relationFromFields ?? []).entries()) {
      foreignKeys.set(from, { to: tableOf(r.type), toFields: [r.relationToFields![i]!], onDelete: r.relationOnDelete });
    }
  }
  const lines = ['---', `title: ${table}`, `sidebar_position: ${position}`, '---', '', `<!-- ${w.generated} -->`, '', `# ${table}`, ''];
  const about = describe(model.documentation, locale);
  if (about) lines.push(cell(about), '');
  lines.push(`${w.model}${w.colon}${code(model.name)}`, '', `## ${w.columns}`, '');
  lines.push(`| ${w.column} | ${w.type} | ${w.nullable} | ${w.default} | ${w.keys} | ${w.about} |`, '|---|---|---|---|---|---|');
  for (const f of model.fields.filter((x) => x.kind !== 'object')) {
    const keys: string[] = [];
    if (f.isId) keys.push(w.pk);
    if (f.isUnique) keys.push(w.unique);
    const fk = foreignKeys.get(f.name);
    if (fk) {
      const action = fk.onDelete ? `${w.comma}${w.onDelete}${w.colon}${w.actions[fk.onDelete] ?? fk.onDelete}` : '';
      keys.push(`${w.fk} → [${tableName(fk.to)}](./${tableName(fk.to)}.md).${code(column(fk.to, fk.toFields[0]!))}${action}`);
    }
    const type = f.kind === 'enum' ? `[${code(columnType(f))}](./enums.md#${f.type.toLowerCase()})` : code(columnType(f));
    const dflt = f.isUpdatedAt ? w.updatedAt : defaultOf(f);
    const nullable = !f.isRequired && !f.isList ? w.yes : w.no;
    lines.push(`| ${code(f.dbName ?? f.name)} | ${type} | ${nullable} | ${dflt} | ${keys.join(w.comma)} | ${cell(describe(f.documentation, locale))} |`);
  }
  lines.push('');
  const indexes = dm.indexes.filter((i) => i.model === model.name);
  if (indexes.length) {
    lines.push(`## ${w.indexes}`, '', `| ${w.kind} | ${w.columns} |`, '|---|---|');
    for (const index of indexes) {
      lines.push(`| ${w.indexKinds[index.type] ?? index.type} | ${index.fields.map((f) => code(column(model, f.name))).join(', ')} |`);
    }
    lines.push('');
  }
  const referencedBy = dm.models.filter((m) => m !== model && m.fields.some((f) => f.kind === 'object' && f.type === model.name && f.relationFromFields?.length));
  if (foreignKeys.size || referencedBy.length) {
    lines.push(`## ${w.relations}`, '');
    for (const r of relations.filter((x) => x.relationFromFields?.length)) {
      const to = tableOf(r.type);
      const from = r.relationFromFields!.map((f) => code(column(model, f))).join(', ');
      lines.push(`- ${w.references} [${tableName(to)}](./${tableName(to)}.md)${w.colon}${from} → ${r.relationToFields!.map((f) => code(column(to, f))).join(', ')}`);
    }
    if (referencedBy.length) lines.push(`- ${w.referencedBy}${w.colon}${referencedBy.map((m) => `[${tableName(m)}](./${tableName(m)}.md)`).join(w.list)}`);
    lines.push('');
  }
  return lines.join('\n');
}

function renderEnums(dm: Datamodel, locale: Locale, position: number): string {
  const w = words[locale];
  const lines = ['---', `title: ${w.enumsTitle}`, `sidebar_position: ${position}`, '---', '', `<!-- ${w.generated} -->`, '', `# ${w.enumsTitle}`, '', w.enumsIntro, ''];
  for (const e of dm.enums) {
    lines.push(`## ${e.name} {#${e.name.toLowerCase()}}`, '');
    const about = describe(e.documentation, locale);
    if (about) lines.push(cell(about), '');
    lines.push(`| ${w.value} | ${w.about} |`, '|---|---|');
    for (const v of e.values) lines.push(`| ${code(v.name)} | ${cell(describe(v.documentation, locale))} |`);
    lines.push('');
  }
  return lines.join('\n');
}

export function readDatamodel(schema = readFileSync(schemaPath, 'utf8')): Datamodel {
  return JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', schema]] }))).datamodel as Datamodel;
}

/** Every generated page, keyed by absolute path. */
export function renderDatabaseReference(dm = readDatamodel()): Map<string, string> {
  const pages = new Map<string, string>();
  const models = [...dm.models].sort((a, b) => (a.dbName ?? a.name).localeCompare(b.dbName ?? b.name));
  for (const locale of ['zh-Hans', 'en'] as const) {
    const w = words[locale];
    const dir = dbReferenceDirs[locale];
    const list = models.map((m) => `| [${m.dbName ?? m.name}](./${m.dbName ?? m.name}.md) | ${cell(describe(m.documentation, locale))} |`);
    const index = ['---', `title: ${w.indexTitle}`, `sidebar_label: ${w.overview}`, 'sidebar_position: 0', '---', '', `<!-- ${w.generated} -->`, '', `# ${w.indexTitle}`, '', w.indexIntro, '', `| ${w.table} | ${w.about} |`, '|---|---|', ...list, '', `[${w.enumsTitle}](./enums.md)`];
    pages.set(path.join(dir, 'index.md'), `${index.join('\n')}\n`);
    models.forEach((m, i) => pages.set(path.join(dir, `${m.dbName ?? m.name}.md`), `${renderModel(m, dm, locale, i + 1).trimEnd()}\n`));
    pages.set(path.join(dir, 'enums.md'), `${renderEnums(dm, locale, models.length + 1).trimEnd()}\n`);
  }
  return pages;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeOrCheckPages(renderDatabaseReference(), Object.values(dbReferenceDirs), { what: 'database reference', command: 'npm run db:docs', source: 'prisma/schema.prisma' });
}
