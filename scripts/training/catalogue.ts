// Builds the training catalogue from both locales of the curriculum: the items, their checks and quiz keys must
// be the same in Chinese and English; titles come from each locale, hashes from the Chinese source.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Catalogue, type CatalogueItem, type CatalogueWeek } from '../../server/src/training/catalogue-schema.js';
import { parseWeek, type ParsedItem } from './curriculum.js';

export const weeks = [1, 2, 3, 4, 5] as const;
export const curriculumDirs = { 'zh-Hans': 'docs/training', en: 'i18n/en/docusaurus-plugin-content-docs/current/training' } as const;

export type WeekSource = { week: number; zh: { file: string; source: string }; en: { file: string; source: string } };

export function readCurriculum(root: string): WeekSource[] {
  const read = (dir: string, week: number) => {
    const base = path.join(root, dir, `week-${week}`);
    const file = existsSync(`${base}.mdx`) ? `${base}.mdx` : `${base}.md`;
    return { file: path.relative(root, file), source: readFileSync(file, 'utf8') };
  };
  return weeks.map((week) => ({ week, zh: read(curriculumDirs['zh-Hans'], week), en: read(curriculumDirs.en, week) }));
}

const withoutLocaleText = ({ title: _title, hash: _hash, ...rest }: ParsedItem) => rest;

export function buildCatalogue(sources: WeekSource[]): { catalogue: Catalogue; problems: string[] } {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const out: CatalogueWeek[] = [];
  for (const { week, zh, en } of sources) {
    const zhWeek = parseWeek(zh.source, zh.file, week, 'zh-Hans');
    const enWeek = parseWeek(en.source, en.file, week, 'en');
    problems.push(...zhWeek.problems, ...enWeek.problems);
    const zhIds = zhWeek.items.map((item) => item.id);
    const enIds = enWeek.items.map((item) => item.id);
    if (!isDeepStrictEqual(zhIds, enIds)) {
      const onlyZh = zhIds.filter((id) => !enIds.includes(id));
      const onlyEn = enIds.filter((id) => !zhIds.includes(id));
      problems.push(`week ${week}: the locales differ in their items (only in zh-Hans: ${onlyZh.join(', ') || '-'}; only in en: ${onlyEn.join(', ') || '-'}; or in another order)`);
    }
    const items: CatalogueItem[] = [];
    for (const item of zhWeek.items) {
      const where = seen.get(item.id);
      if (where) problems.push(`${item.id} is used twice (${where} and week ${week})`);
      seen.set(item.id, `week ${week}`);
      const english = enWeek.items.find((candidate) => candidate.id === item.id);
      if (english && !isDeepStrictEqual(withoutLocaleText(item), withoutLocaleText(english))) {
        problems.push(`${item.id}: zh-Hans and en differ in kind, tracks, minutes, optional, check or quiz answers`);
      }
      items.push({ ...item, title: { 'zh-Hans': item.title, en: english?.title ?? item.title } } as CatalogueItem);
    }
    out.push({ week, docId: `training/week-${week}`, title: { 'zh-Hans': zhWeek.title, en: enWeek.title }, items });
  }
  const parsed = Catalogue.safeParse({ weeks: out });
  if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => `catalogue ${issue.path.join('.')}: ${issue.message}`));
  return { catalogue: { weeks: out }, problems };
}

export const serialise = (catalogue: Catalogue) => `${JSON.stringify(catalogue, null, 2)}\n`;
