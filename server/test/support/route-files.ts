import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverSrc = fileURLToPath(new URL('../../src', import.meta.url));

/** Which file declares each operation (`operationId: 'fileTicket'`), so a failing check can say where to edit. */
export function routeFiles(): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith('.ts')) {
        for (const match of readFileSync(full, 'utf8').matchAll(/operationId: '(\w+)'/g)) {
          found.set(match[1]!, path.relative(path.join(serverSrc, '../..'), full));
        }
      }
    }
  };
  visit(serverSrc);
  return found;
}
