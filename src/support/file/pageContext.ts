/** The docs page a question comes from ("ask about this page"), carried in the form's query string. */
export type PageContext = {title: string; url: string; version?: string};

export function pageContextFromQuery(search: string): PageContext | null {
  const query = new URLSearchParams(search);
  const url = query.get('page')?.trim();
  const title = query.get('title')?.trim();
  // A path on this site, or an http(s) address; `//host` and `/\host` would be another site, as the server judges too.
  if (!url || !title || !(/^\/(?![/\\])/.test(url) || /^https?:\/\//i.test(url))) return null;
  const version = query.get('version')?.trim();
  return {title: title.slice(0, 300), url: url.slice(0, 2000), ...(version ? {version: version.slice(0, 40)} : {})};
}

/** The filing form's address with a page's context. */
export function askAboutPageHref(context: PageContext): string {
  const query = new URLSearchParams({page: context.url, title: context.title, ...(context.version ? {version: context.version} : {})});
  return `/support/new?${query.toString()}`;
}
