// Copies the portal screenshots the browser tests took (artifacts/screenshots, by `npm test`) to the images the
// user guide shows (static/img/portal/<locale>/<page>.png), each locale its own. Run it after a test run that
// changed how a portal page looks, and commit the images.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = path.join(root, 'artifacts', 'screenshots');
/** The pages the user guide shows, at phone width where the page is long (smaller images, the common device). */
export const guideImages: { page: string; width: 1280 | 375 }[] = [
  { page: 'home', width: 1280 },
  { page: 'new', width: 1280 },
  { page: 'track', width: 1280 },
  { page: 'track-invalid', width: 375 },
  { page: 'my-tickets', width: 375 },
  { page: 'my-tickets-list', width: 375 },
  { page: 'confirm-address', width: 375 },
];

const missing: string[] = [];
for (const locale of ['zh-Hans', 'en']) {
  mkdirSync(path.join(root, 'static', 'img', 'portal', locale), { recursive: true });
  for (const { page, width } of guideImages) {
    const from = path.join(source, `portal-${page}-${locale}-${width}.png`);
    if (!existsSync(from)) {
      missing.push(path.relative(root, from));
      continue;
    }
    copyFileSync(from, path.join(root, 'static', 'img', 'portal', locale, `${page}.png`));
  }
}
if (missing.length) {
  console.error(`Missing screenshots (run \`npx vitest run server/test/portal-pages.browser.test.ts\` first): ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`Copied ${guideImages.length * 2} screenshots to static/img/portal/.`);
