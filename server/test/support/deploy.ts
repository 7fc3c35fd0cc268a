import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- manifests are free-form YAML; tests read into them
export type Manifest = { apiVersion: string; kind: string; metadata: { name: string }; [key: string]: any };

/** Every document of every YAML file in a folder, with the file it came from. */
export function manifestsIn(dir: string): (Manifest & { file: string })[] {
  const absolute = path.join(root, dir);
  return readdirSync(absolute)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .flatMap((name) =>
      parseAllDocuments(readFileSync(path.join(absolute, name), 'utf8')).map((doc) => {
        if (doc.errors.length) throw new Error(`${dir}/${name}: ${doc.errors[0]!.message}`);
        return { ...(doc.toJS() as Manifest), file: `${dir}/${name}` };
      }),
    );
}

export function readYaml<T = Manifest>(file: string): T {
  const [doc] = parseAllDocuments(readFileSync(path.join(root, file), 'utf8'));
  return doc!.toJS() as T;
}

export function only(manifests: Manifest[], kind: string, name?: string): Manifest {
  const found = manifests.filter((m) => m.kind === kind && (name === undefined || m.metadata.name === name));
  if (found.length !== 1) throw new Error(`expected one ${kind}${name ? ` ${name}` : ''}, found ${found.length}`);
  return found[0]!;
}
