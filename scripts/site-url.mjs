// The address the built site's absolute URLs (feeds, sitemap, canonical links, og:url) are made for. It is the
// server's PUBLIC_URL with the server's default (server/src/config.ts), so the site and the server agree; an empty
// value counts as unset, as it does for the server. docusaurus.config.ts builds with it, and
// scripts/ensure-built.mjs rebuilds the site when it changes.

/** @param {Record<string, string | undefined>} env */
export function siteUrl(env = process.env) {
  return (env.PUBLIC_URL || `http://localhost:${env.PORT || '8000'}`).replace(/\/+$/, '');
}
