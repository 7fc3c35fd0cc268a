import {useMemo} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

export type Locale = 'zh-Hans' | 'en';
/** The same text in each language of the site, as the server's settings carry it too. */
export type Bilingual = {'zh-Hans': string; en: string};

type Entry = {zh: string; en: string};
type Dictionary = Record<string, Entry | ((...args: never[]) => Entry)>;
type Resolved<D extends Dictionary> = {[K in keyof D]: D[K] extends (...args: infer A) => Entry ? (...args: A) => string : string};

/**
 * The site app's strings live in typed dictionaries that name both languages side by side, so a missing
 * translation is a type error rather than a page half in Chinese (Docusaurus's code.json cannot say that).
 */
export function defineText<D extends Dictionary>(dictionary: D): D {
  return dictionary;
}

export function useLocale(): Locale {
  return useDocusaurusContext().i18n.currentLocale === 'en' ? 'en' : 'zh-Hans';
}

export function resolveText<D extends Dictionary>(dictionary: D, locale: Locale): Resolved<D> {
  const key = locale === 'en' ? 'en' : 'zh';
  const out: Record<string, unknown> = {};
  for (const [name, entry] of Object.entries(dictionary)) {
    out[name] = typeof entry === 'function' ? (...args: never[]) => entry(...args)[key] : entry[key];
  }
  return out as Resolved<D>;
}

export function useText<D extends Dictionary>(dictionary: D): Resolved<D> {
  const locale = useLocale();
  return useMemo(() => resolveText(dictionary, locale), [dictionary, locale]);
}

export const pick = (text: Bilingual, locale: Locale) => text[locale];
