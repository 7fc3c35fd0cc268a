import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Response } from 'express';
import { siteContentSecurityPolicy } from './site-csp.js';

/** Docusaurus puts content-hashed bundles under /assets; they never change, so caches may keep them for a year. */
const immutableAsset = /^\/assets\//;

function setHeaders(res: Response, filePath: string, siteDir: string, csp: string): void {
  const urlPath = `/${path.relative(siteDir, filePath).split(path.sep).join('/')}`;
  if (filePath.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache').setHeader('Content-Security-Policy', csp);
  else if (immutableAsset.test(urlPath)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  else res.setHeader('Cache-Control', 'public, max-age=3600, must-revalidate');
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Pages with a parameter in their path (`console/tickets/:number`, added as routes by the site config) are built
 * once, in a folder named after the parameter; every concrete path of that shape is served that one shell.
 */
function parameterPages(siteDir: string): { pattern: RegExp; page: string }[] {
  const found: { pattern: RegExp; page: string }[] = [];
  const walk = (dir: string, relative: string[]) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name === 'assets') continue;
      const next = [...relative, entry.name];
      if (entry.name.startsWith(':') && isFile(path.join(dir, entry.name, 'index.html'))) {
        const shape = next.map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/');
        found.push({ pattern: new RegExp(`^/${shape}/?$`), page: `/${next.join('/')}/` });
      }
      walk(path.join(dir, entry.name), next);
    }
  };
  walk(siteDir, []);
  return found;
}

/**
 * Serves the built Docusaurus site. A route `/docs/x` is built as `docs/x/index.html`; it is served in place
 * (no redirect to `/docs/x/`). Paths with no page get the site's own 404 page for their locale, with status 404.
 */
export function serveSite(siteDir: string, locales: { default: string; others: string[] }): RequestHandler {
  // Read once: the build does not change under a running server (a rebuild means a restart).
  const csp = siteContentSecurityPolicy(siteDir);
  const withParameters = parameterPages(siteDir);
  const statics = express.static(siteDir, {
    index: 'index.html',
    extensions: ['html'],
    redirect: false,
    setHeaders: (res, file) => setHeaders(res, file, siteDir, csp),
  });

  const notFoundPage = (urlPath: string): string => {
    const locale = locales.others.find((l) => urlPath === `/${l}` || urlPath.startsWith(`/${l}/`));
    return path.join(siteDir, locale ?? '', '404.html');
  };

  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    res.locals.routeLabel = 'site';
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(req.path);
    } catch {
      urlPath = '/';
    }
    const shell = withParameters.find(({ pattern }) => pattern.test(urlPath));
    if (shell && !isFile(path.join(siteDir, path.normalize(urlPath), 'index.html'))) {
      req.url = `${shell.page}${req.url.slice(req.path.length)}`;
    } else if (!urlPath.endsWith('/') && !path.extname(urlPath)) {
      const resolved = path.join(siteDir, path.normalize(urlPath), 'index.html');
      if (resolved.startsWith(siteDir) && isFile(resolved)) req.url = `${req.path}/${req.url.slice(req.path.length)}`;
    }
    statics(req, res, () => {
      const page = notFoundPage(urlPath);
      if (!existsSync(page)) return next();
      res.status(404).setHeader('Cache-Control', 'no-cache').setHeader('Content-Security-Policy', csp);
      res.sendFile(page, (error) => (error ? next(error) : undefined));
    });
  };
}

export function siteIsBuilt(siteDir: string): boolean {
  return isFile(path.join(siteDir, 'index.html'));
}
