// Writes the OpenAPI document built from the route specs to static/openapi.json (the site links to it, and the
// API reference pages are generated from it). `--check` writes nothing and fails when the committed copy is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openApiDocument } from '../server/src/openapi/specs.js';

export const openApiPath = fileURLToPath(new URL('../static/openapi.json', import.meta.url));

export function renderOpenApi(): string {
  return `${JSON.stringify(openApiDocument(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fresh = renderOpenApi();
  let committed = '';
  try {
    committed = readFileSync(openApiPath, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (process.argv.includes('--check')) {
    if (committed !== fresh) {
      console.error('static/openapi.json is stale: run `npm run api:generate` and commit the result.');
      process.exit(1);
    }
    console.log('OK: static/openapi.json matches the route specs.');
  } else {
    writeFileSync(openApiPath, fresh);
    console.log(committed === fresh ? 'static/openapi.json unchanged.' : 'Wrote static/openapi.json.');
  }
}
