import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { EnvSchema } from '../src/config.js';
import { readYaml, root } from './support/deploy.js';
import { hasTool, requireTool } from './support/tools.js';

const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: root, encoding: 'utf8' });
const tracked = run('git', ['ls-files', '--cached', '--others', '--exclude-standard']).stdout.split('\n').filter(Boolean);
const shellScripts = [...tracked.filter((f) => f.endsWith('.sh')), '.ci/run'];
const chart = 'deploy/helm/handover';

describe('linters over the delivery files', () => {
  it.runIf(requireTool('shellcheck', 'apt-get install shellcheck'))('shellcheck finds nothing in any script', () => {
    expect(shellScripts.length).toBeGreaterThanOrEqual(5);
    const result = run('shellcheck', ['--external-sources', ...shellScripts]);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.runIf(hasTool('shellcheck'))('shellcheck would catch a mistake (the check is real)', () => {
    const result = spawnSync('shellcheck', ['-s', 'bash', '-'], { input: 'rm -rf $1/data\n', encoding: 'utf8' });
    expect(result.status).not.toBe(0);
  });

  it.runIf(requireTool('yamllint', 'apt-get install yamllint'))('yamllint passes every YAML file (the config says which are templates)', () => {
    const yamlFiles = tracked.filter((f) => /\.ya?ml$/.test(f));
    expect(yamlFiles.some((f) => f.startsWith('deploy/k8s/'))).toBe(true);
    const result = run('yamllint', ['--strict', '-c', '.yamllint.yaml', ...yamlFiles]);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('dockerfilelint finds no issue in the Dockerfile', () => {
    const result = run(path.join(root, 'node_modules/.bin/dockerfilelint'), ['-o', 'json', 'Dockerfile']);
    const report = JSON.parse(result.stdout) as { files: { issues: unknown[] }[] };
    expect(report.files[0]!.issues).toEqual([]);
  });

  it('the Dockerfile runs node itself as PID 1, as a non-root user, with production dependencies only', () => {
    const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(runtime).toMatch(/AS runtime\n/); // the last stage is what `docker build .` produces
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^ENTRYPOINT \["node", "dist\/server\/main\.js"\]$/m);
    expect(runtime).toMatch(/^HEALTHCHECK .*\n\s+CMD \[.*\/health/m);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(runtime).not.toMatch(/^CMD \S+ /m); // no shell form that would put sh between the signal and node
  });

  it.runIf(hasTool('kubectl'))('kubectl kustomize builds deploy/k8s', () => {
    const result = run('kubectl', ['kustomize', 'deploy/k8s']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/kind: Deployment/);
  });
});

describe('the Helm chart', () => {
  const values = readYaml<Record<string, any>>(`${chart}/values.yaml`);
  const schema = JSON.parse(readFileSync(path.join(root, chart, 'values.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const templates = readdirSync(path.join(root, chart, 'templates')).map((name) => ({
    name,
    text: readFileSync(path.join(root, chart, 'templates', name), 'utf8'),
  }));

  it('has defaults that satisfy values.schema.json', () => {
    expect(validate(values), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['the latest tag', (v: any) => (v.image.tag = 'latest')],
    ['a single replica', (v: any) => (v.replicaCount = 1)],
    ['a misspelt key', (v: any) => (v.replicas = 3)],
    ['a secret as a plain value', (v: any) => (v.config.extraEnv = { DATABASE_URL: 'postgresql://u:p@db/h' })],
  ])('refuses values with %s', (_, change) => {
    const bad = structuredClone(values);
    change(bad);
    expect(validate(bad)).toBe(false);
  });

  it('templates read only values that values.yaml defines', () => {
    const lookup = (dotted: string) => dotted.split('.').reduce<any>((node, key) => (node == null ? undefined : node[key]), values);
    const used = templates.flatMap(({ name, text }) => [...text.matchAll(/\.Values\.([A-Za-z0-9_.]+)/g)].map((m) => ({ name, path: m[1]! })));
    expect(used.length).toBeGreaterThan(20);
    for (const { name, path: dotted } of used) expect(lookup(dotted), `${name}: .Values.${dotted}`).not.toBeUndefined();
    // …and every value is read somewhere, so none is a setting that silently does nothing.
    const leaves = (node: any, prefix = ''): string[] =>
      Object.entries(node).flatMap(([key, child]) =>
        child && typeof child === 'object' && !Array.isArray(child) && !['resources', 'annotations', 'extraEnv'].includes(key)
          ? leaves(child, `${prefix}${key}.`)
          : [`${prefix}${key}`],
      );
    const read = new Set(used.map((u) => u.path));
    for (const leaf of leaves(values)) expect([...read].some((p) => p === leaf || leaf.startsWith(`${p}.`)), leaf).toBe(true);
  });

  it('defaults the image tag to appVersion, which is the package version', () => {
    const chartYaml = readYaml<{ version: string; appVersion: string }>(`${chart}/Chart.yaml`);
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(chartYaml.appVersion).toBe(version);
    expect(values.image.tag).toBe('');
    const helpers = templates.find((t) => t.name === '_helpers.tpl')!.text;
    expect(helpers).toContain('{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}');
  });

  it('renders the same probes, rollout, grace period and security as deploy/k8s', () => {
    const deployment = templates.find((t) => t.name === 'deployment.yaml')!.text;
    expect(deployment).toMatch(/livenessProbe:\n\s+httpGet:\n\s+path: \/health/);
    expect(deployment).toMatch(/readinessProbe:\n\s+httpGet:\n\s+path: \/ready/);
    expect(deployment).toMatch(/maxUnavailable: 0/);
    expect(deployment).toContain('terminationGracePeriodSeconds: {{ add .Values.shutdown.preStopSeconds .Values.shutdown.drainSeconds 10 }}');
    expect(templates.find((t) => t.name === 'configmap.yaml')!.text).toContain('SHUTDOWN_TIMEOUT_MS: {{ mul .Values.shutdown.drainSeconds 1000 | quote }}');
    expect(templates.find((t) => t.name === '_helpers.tpl')!.text).toMatch(/readOnlyRootFilesystem: true/);
    expect(templates.map((t) => t.name)).toEqual(expect.arrayContaining(['NOTES.txt', 'pdb.yaml', 'migrate-job.yaml', 'backup.yaml', 'ingress.yaml']));
  });
});

describe('.env.example', () => {
  const lines = readFileSync(path.join(root, '.env.example'), 'utf8').split('\n');
  const serverSection = lines.slice(0, lines.findIndex((line) => line.startsWith('# ---- docker compose only')));
  const entries = (section: string[]) => section.filter((l) => /^[A-Z][A-Z0-9_]*=/.test(l)).map((l) => l.split('=')[0]!);

  it('names exactly the variables the server reads, each once, with a comment above it', () => {
    const names = entries(serverSection);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(names)).toEqual(new Set(Object.keys(EnvSchema.shape)));
    for (const name of names) {
      const at = lines.findIndex((l) => l.startsWith(`${name}=`));
      expect(lines.slice(0, at).reverse().find((l) => !/^[A-Z][A-Z0-9_]*=/.test(l)), name).toMatch(/^# /);
    }
  });

  it('holds values the server accepts, and no secret', () => {
    const env = Object.fromEntries(lines.filter((l) => /^[A-Z][A-Z0-9_]*=/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
    expect(EnvSchema.safeParse(present).success).toBe(true);
    for (const name of ['DATABASE_URL', 'ADMIN_PASSWORD', 'SMTP_URL', 'POSTGRES_PASSWORD', 'MEILI_MASTER_KEY', 'AWS_SECRET_ACCESS_KEY']) {
      expect(env[name], name).toBe('');
    }
  });

  it('covers every variable the compose file and the scripts expect from it', () => {
    const names = new Set(entries(lines));
    const compose = readFileSync(path.join(root, 'deploy/compose.yaml'), 'utf8');
    for (const [, name] of compose.matchAll(/\$\{([A-Z0-9_]+)/g)) if (name !== 'HANDOVER_BACKUP_IMAGE') expect(names.has(name!), name).toBe(true);
    const backup = readFileSync(path.join(root, 'scripts/backup.sh'), 'utf8');
    for (const [, name] of backup.matchAll(/\$\{(BACKUP_[A-Z0-9_]+)/g)) expect(names.has(name!), name).toBe(true);
  });
});
