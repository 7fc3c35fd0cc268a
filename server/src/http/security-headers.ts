import type { RequestHandler } from 'express';

/**
 * Headers every answer carries; the site has no reason to be framed or to have its types guessed. Behind https
 * (PUBLIC_URL), browsers are also told to use nothing else for half a year. The site's HTML adds its own
 * Content-Security-Policy (site-csp.ts); API answers get one that allows nothing, since they are never pages.
 */
export function securityHeaders(publicUrl: string): RequestHandler {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'SAMEORIGIN',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  if (publicUrl.startsWith('https:')) headers['Strict-Transport-Security'] = 'max-age=15552000';
  return (req, res, next) => {
    res.set(headers);
    if (req.path.startsWith('/api/')) res.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    next();
  };
}
