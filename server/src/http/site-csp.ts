import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const inlineScript = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
/** Data blocks (structured data) are never run, so CSP does not govern them. */
const dataBlock = /\btype=["']?application\/(ld\+)?json/i;

function htmlFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'assets' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** The sha256 sources of every inline script the built site's pages carry (the theme and search bootstraps). */
export function inlineScriptHashes(siteDir: string): string[] {
  const hashes = new Set<string>();
  for (const file of htmlFiles(siteDir)) {
    for (const [, attributes, body] of readFileSync(file, 'utf8').matchAll(inlineScript)) {
      if (dataBlock.test(attributes ?? '') || !body) continue;
      hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
    }
  }
  return [...hashes].sort();
}

/**
 * The Content-Security-Policy of the site's HTML: scripts only from this origin or the exact inline scripts the
 * build produced (by hash, never 'unsafe-inline'), API calls only to this origin, no plugins, no framing by
 * others. Styles allow inline attributes because Mermaid diagrams and Docusaurus set them.
 */
export function siteContentSecurityPolicy(siteDir: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes(siteDir).join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}
