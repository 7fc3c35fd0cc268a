// Writes the site's API types (src/api/schema.d.ts) from static/openapi.json with openapi-typescript, so a route or
// schema change breaks the site's type check instead of a customer's page. `--check` fails while they are stale
// (and so does a test).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { writeOrCheckPages } from './generated-pages.js';
import { openApiPath } from './generate-openapi.js';

export const clientTypesPath = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));

const header = '// Generated from static/openapi.json by `npm run api:generate`; do not edit.\n\n';

export async function renderApiClientTypes(): Promise<string> {
  const ast = await openapiTS(JSON.parse(readFileSync(openApiPath, 'utf8')), { alphabetize: true });
  return header + astToString(ast);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeOrCheckPages(new Map([[clientTypesPath, await renderApiClientTypes()]]), [], {
    what: 'API client type',
    command: 'npm run api:generate',
    source: 'static/openapi.json',
  });
}
