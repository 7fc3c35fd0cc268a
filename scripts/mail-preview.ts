// Renders every e-mail template in every language with sample data, for review in a browser or a text editor.
//   npm run mail:preview [-- <directory>]    writes <kind>.<locale>.html and .txt (default: data/mail-preview)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderPreview } from '../server/src/notifications/templates/preview.js';

const directory = path.resolve(process.argv[2] ?? 'data/mail-preview');
mkdirSync(directory, { recursive: true });
for (const preview of renderPreview()) {
  const base = path.join(directory, `${preview.kind}.${preview.locale}`);
  writeFileSync(`${base}.html`, preview.html);
  writeFileSync(`${base}.txt`, `Subject: ${preview.subject}\n\n${preview.text}`);
  console.log(`${preview.kind.padEnd(18)} ${preview.locale.padEnd(8)} ${preview.subject}`);
}
console.log(`\nWritten to ${directory}`);
