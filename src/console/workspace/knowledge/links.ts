export type SiteLocale = 'zh-Hans' | 'en';

/**
 * A site path in the reader's language: English pages live under /en/, Chinese (the default locale) at the root.
 * Both languages build every page (untranslated ones fall back), so the other language's path always exists.
 */
export function sitePathIn(path: string, locale: SiteLocale): string {
  const neutral = path === '/en' ? '/' : path.startsWith('/en/') ? path.slice(3) : path;
  return locale === 'en' ? `/en${neutral === '/' ? '/' : neutral}` : neutral;
}

/** A Markdown link to a site page, absolute on the site's public origin, in the customer's language. */
export function markdownLink(title: string, path: string, locale: SiteLocale, origin: string): string {
  const safeTitle = title.replace(/([[\]\\])/g, '\\$1');
  return `[${safeTitle}](${origin}${sitePathIn(path, locale)})`;
}
