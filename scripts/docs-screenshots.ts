// Copies the portal and console screenshots the browser tests took (artifacts/screenshots, by `npm test`) to the
// images the user guides show (static/img/<app>/<locale>/<page>.png), each locale its own. Run it after a test run that
// changed how a portal page looks, and commit the images.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = path.join(root, 'artifacts', 'screenshots');
/** The pages the user guide shows, at phone width where the page is long (smaller images, the common device). */
export const guideImages: { app: 'portal' | 'console'; page: string; width: 1280 | 375 }[] = [
  { app: 'portal', page: 'home', width: 1280 },
  { app: 'portal', page: 'new', width: 1280 },
  { app: 'portal', page: 'track', width: 1280 },
  { app: 'portal', page: 'track-invalid', width: 375 },
  { app: 'portal', page: 'my-tickets', width: 375 },
  { app: 'portal', page: 'my-tickets-list', width: 375 },
  { app: 'portal', page: 'confirm-address', width: 375 },
  { app: 'console', page: 'sign-in', width: 375 },
  { app: 'console', page: 'queue', width: 1280 },
  { app: 'console', page: 'ticket', width: 1280 },
  { app: 'console', page: 'sla-panel', width: 1280 },
  { app: 'console', page: 'settings', width: 1280 },
  { app: 'console', page: 'admin-staff', width: 1280 },
  { app: 'console', page: 'admin-outbox', width: 1280 },
  { app: 'console', page: 'admin-mailbox', width: 1280 },
  { app: 'console', page: 'training-cohort', width: 1280 },
  { app: 'console', page: 'training-trainee', width: 1280 },
];

const missing: string[] = [];
for (const locale of ['zh-Hans', 'en']) {
  for (const { app, page, width } of guideImages) {
    mkdirSync(path.join(root, 'static', 'img', app, locale), { recursive: true });
    const from = path.join(source, `${app}-${page}-${locale}-${width}.png`);
    if (!existsSync(from)) {
      missing.push(path.relative(root, from));
      continue;
    }
    copyFileSync(from, path.join(root, 'static', 'img', app, locale, `${page}.png`));
  }
}
if (missing.length) {
  console.error(`Missing screenshots (run \`npx vitest run server/test/portal-pages.browser.test.ts server/test/console-pages.browser.test.ts\` first): ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`Copied ${guideImages.length * 2} screenshots to static/img/portal/ and static/img/console/.`);
