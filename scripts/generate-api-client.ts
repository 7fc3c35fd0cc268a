// Writes the site's API types (src/api/schema.d.ts) from static/openapi.json with openapi-typescript, so a route or
// schema change breaks the site's type check instead of a customer's page. `--check` fails while they are stale.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { writeOrCheckPages } from './generated-pages.js';
import { openApiPath } from './generate-openapi.js';

const clientTypesPath = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));

const header = '// Generated from static/openapi.json by `npm run api:generate`; do not edit.\n\n';

const ast = await openapiTS(JSON.parse(readFileSync(openApiPath, 'utf8')), { alphabetize: true });
writeOrCheckPages(new Map([[clientTypesPath, header + astToString(ast)]]), [], {
  what: 'API client type',
  command: 'npm run api:generate',
  source: 'static/openapi.json',
});
