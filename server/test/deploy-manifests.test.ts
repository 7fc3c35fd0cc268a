import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Deployment } from 'kubernetes-models/apps/v1';
import { CronJob, Job } from 'kubernetes-models/batch/v1';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, PersistentVolumeClaim, Secret, Service } from 'kubernetes-models/v1';
import type { Database } from '../src/db/database.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';
import { manifestsIn, only, readYaml, root, type Manifest } from './support/deploy.js';

const k8s = manifestsIn('deploy/k8s').filter((m) => m.kind !== 'Kustomization');
const cnpg = manifestsIn('deploy/k8s/cnpg');
const kustomization = readYaml('deploy/k8s/kustomization.yaml');
const deployment = only(k8s, 'Deployment');
const container = deployment.spec.template.spec.containers[0];
const configMap = only(k8s, 'ConfigMap');
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
const compose = readYaml<{ services: Record<string, Record<string, any>> }>('deploy/compose.yaml');

/** kubernetes-models: one class per apiVersion and kind, whose validate() checks the object against the schema. */
const models: Record<string, new (object: any) => { validate(): void }> = {
  'apps/v1 Deployment': Deployment,
  'batch/v1 CronJob': CronJob,
  'batch/v1 Job': Job,
  'networking.k8s.io/v1 Ingress': Ingress,
  'policy/v1 PodDisruptionBudget': PodDisruptionBudget,
  'v1 ConfigMap': ConfigMap,
  'v1 PersistentVolumeClaim': PersistentVolumeClaim,
  'v1 Secret': Secret,
  'v1 Service': Service,
};

function modelFor(manifest: Manifest) {
  const Model = models[`${manifest.apiVersion} ${manifest.kind}`];
  if (!Model) throw new Error(`no schema for ${manifest.apiVersion} ${manifest.kind}: add its kubernetes-models class`);
  const { file: _file, ...object } = manifest as Manifest & { file?: string };
  return new Model(object);
}

function allContainers(manifests: Manifest[]) {
  return manifests.flatMap((m) => {
    const pod = m.kind === 'CronJob' ? m.spec.jobTemplate.spec.template.spec : m.spec?.template?.spec;
    return pod ? [...(pod.initContainers ?? []), ...pod.containers].map((c: any) => ({ manifest: m, pod, container: c })) : [];
  });
}

describe('the Kubernetes manifests', () => {
  it.each(k8s.map((m) => [`${m.file}: ${m.kind} ${m.metadata.name}`, m] as const))('%s is valid against the Kubernetes schema', (_, manifest) => {
    expect(() => modelFor(manifest).validate()).not.toThrow();
  });

  it('rejects a manifest the schema does not allow (the validation is real)', () => {
    const broken = structuredClone(deployment);
    broken.spec.replicas = 'three';
    expect(() => modelFor(broken).validate()).toThrow(/replicas/);
    const noImage = structuredClone(deployment);
    delete noImage.spec.template.spec.containers[0].name;
    expect(() => modelFor(noImage).validate()).toThrow(/name/);
  });

  it('lists every manifest in the kustomization, and the secret template is not among them', () => {
    const files = new Set(k8s.map((m) => path.basename(m.file)));
    files.delete('secret.template.yaml');
    expect(new Set(kustomization.resources)).toEqual(files);
  });

  it('runs more than one replica, never all down during a rollout, and keeps two through a drain', () => {
    expect(deployment.spec.replicas).toBeGreaterThan(1);
    expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
    const pdb = only(k8s, 'PodDisruptionBudget');
    expect(pdb.spec.minAvailable).toBeGreaterThan(0);
    expect(pdb.spec.minAvailable).toBeLessThan(deployment.spec.replicas);
    expect(pdb.spec.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
  });

  it('gives the pod time for preStop, the server drain and its own 5 s deadline before SIGKILL', () => {
    const preStop = Number(container.lifecycle.preStop.exec.command[1]);
    const drainSeconds = Number(configMap.data.SHUTDOWN_TIMEOUT_MS) / 1000;
    expect(deployment.spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(preStop + drainSeconds + 5);
  });

  it('routes the Service and the probes to the port the server listens on, as the image and compose do', () => {
    const port = Number(configMap.data.PORT);
    expect(container.ports).toEqual([{ name: 'http', containerPort: port, protocol: 'TCP' }]);
    for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) expect(container[probe].httpGet.port).toBe('http');
    const service = only(k8s, 'Service');
    expect(service.spec.ports[0].targetPort).toBe('http');
    expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
    expect(only(k8s, 'Ingress').spec.rules[0].http.paths[0].backend.service).toEqual({ name: service.metadata.name, port: { name: 'http' } });
    expect(dockerfile).toMatch(new RegExp(`^EXPOSE ${port}$`, 'm'));
    expect(dockerfile).toMatch(new RegExp(`PORT=${port}\\b`));
    expect(compose.services.handover!.ports).toEqual([`\${HANDOVER_PORT:-8000}:${port}`]);
  });

  it('runs every container as a non-root user on a read-only root file system, without privileges', () => {
    for (const { pod, container: c, manifest } of allContainers(k8s)) {
      expect(pod.securityContext.runAsNonRoot, manifest.metadata.name).toBe(true);
      expect(pod.securityContext.runAsUser, manifest.metadata.name).toBeGreaterThan(0);
      expect(c.securityContext, manifest.metadata.name).toMatchObject({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
      });
      expect(c.resources.requests && c.resources.limits, `${manifest.metadata.name} requests and limits`).toBeTruthy();
    }
  });

  it('gives the server room for one maximal upload under the default budget, in the manifests and the chart', () => {
    // bench uploads: 948 MB peak for a 10 x 20 MB upload with UPLOAD_MEMORY_BUDGET_BYTES at its 256 MiB default.
    const mebibytes = (quantity: string) => Number(/^(\d+)Mi$/.exec(quantity)?.[1] ?? /^(\d+)Gi$/.exec(quantity)?.[1]! ) * (quantity.endsWith('Gi') ? 1024 : 1);
    const peakMb = 948;
    expect(mebibytes(container.resources.limits.memory)).toBeGreaterThan(peakMb * 1.25);
    const values = readYaml('deploy/helm/handover/values.yaml');
    expect(mebibytes(values.resources.limits.memory)).toBeGreaterThan(peakMb * 1.25);
  });

  it('pins every image to a version: kustomize tags, CloudNativePG, compose and the Dockerfile, never latest', () => {
    const images = [
      ...kustomization.images.map((i: { newName: string; newTag: string }) => `${i.newName}:${i.newTag}`),
      ...cnpg.filter((m) => m.spec?.imageName).map((m) => m.spec.imageName),
      ...Object.values(compose.services).map((s) => String(s.image).replace(/^\$\{[A-Z_]+:-(.*)\}$/, '$1')),
      ...[...dockerfile.matchAll(/^(?:ARG NODE_IMAGE=|FROM )(\S+)/gm)].map((m) => m[1]!).filter((i) => !i.startsWith('$')),
    ];
    expect(images.length).toBeGreaterThan(8);
    for (const image of images) expect(image).toMatch(/^[^:\s]+:(?!latest$)[0-9v][\w.-]*$/);
    // The containers name images kustomize replaces; each must have an entry, or it would run unpinned.
    const named = new Set(kustomization.images.map((i: { name: string }) => i.name));
    for (const { container: c } of allContainers(k8s)) expect(named.has(c.image), c.image).toBe(true);
  });

  it('keeps secrets out of the repository: the templates hold empty values, the ConfigMap holds no secret', () => {
    for (const secret of [...k8s, ...cnpg].filter((m) => m.kind === 'Secret')) {
      expect(Object.values(secret.stringData ?? {}).every((v) => v === ''), secret.file).toBe(true);
      expect(secret.data, secret.file).toBeUndefined();
    }
    const secretNames = ['DATABASE_URL', 'SMTP_URL', 'ADMIN_PASSWORD', 'AWS_SECRET_ACCESS_KEY', 'MEILI_MASTER_KEY', 'MEILI_API_KEY'];
    for (const name of secretNames) expect(Object.keys(configMap.data)).not.toContain(name);
    for (const [name, service] of Object.entries(compose.services)) {
      for (const [key, value] of Object.entries<string>(service.environment ?? {})) {
        if (/PASSWORD|KEY|SECRET/.test(key) || /:\/\/[^/]*:[^/]*@/.test(value)) {
          expect(value, `${name}.${key}`).toMatch(/\$\{[A-Z_]+(:\?[^}]*)?\}/);
        }
      }
    }
  });

  it('migrates with the same command the image ships, and backs up nightly with the backup image', () => {
    const job = only(k8s, 'Job', 'handover-migrate');
    expect(job.spec.template.spec.containers[0].command).toEqual(['node', 'dist/server/db/migrate-main.js']);
    const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(packageJson.scripts['db:migrate']).toContain('dist/server/db/migrate-main.js');
    const cron = only(k8s, 'CronJob');
    expect(cron.spec.concurrencyPolicy).toBe('Forbid');
    expect(cron.spec.jobTemplate.spec.template.spec.containers[0].image).toBe('handover-backup');
    expect(dockerfile).toMatch(/^FROM \S+ AS backup$/m);
    expect(dockerfile).toMatch(/COPY scripts\/backup\.sh/);
  });

  it('describes a CloudNativePG cluster that archives WAL and takes base backups every 6 hours', () => {
    const cluster = only(cnpg, 'Cluster', 'handover-db');
    expect(cluster.apiVersion).toBe('postgresql.cnpg.io/v1');
    expect(cluster.spec.instances).toBeGreaterThan(1);
    expect(cluster.spec.backup.barmanObjectStore.destinationPath).toMatch(/^s3:\/\//);
    expect(cluster.spec.backup.retentionPolicy).toBe('7d');
    const scheduled = only(cnpg, 'ScheduledBackup');
    expect(scheduled.spec.cluster.name).toBe('handover-db');
    expect(scheduled.spec.schedule).toBe('0 0 */6 * * *');
    const recovery = only(cnpg, 'Cluster', 'handover-db-pitr');
    expect(recovery.spec.bootstrap.recovery.source).toBe(recovery.spec.externalClusters[0].name);
  });
});

describe('the probes', () => {
  let db: Database;
  let close: () => Promise<void>;
  beforeAll(async () => ({ db, close } = await migratedDatabase()));
  afterAll(async () => close());

  it('point at routes the server answers: every probe of the manifests, compose and the Dockerfile', async () => {
    const paths = new Set<string>([
      ...['startupProbe', 'livenessProbe', 'readinessProbe'].map((p) => container[p].httpGet.path),
      ...[...dockerfile.matchAll(/127\.0\.0\.1:'\+\(process\.env\.PORT\|\|8000\)\+'(\/\w+)/g)].map((m) => m[1]!),
      ...[...compose.services.handover!.healthcheck.test.join(' ').matchAll(/:8000(\/\w+)/g)].map((m) => m[1]!),
    ]);
    expect(paths).toEqual(new Set(['/health', '/ready']));
    expect(container.livenessProbe.httpGet.path).toBe('/health'); // a database outage must not restart pods
    expect(container.readinessProbe.httpGet.path).toBe('/ready');
    const app = testApp(db);
    for (const probe of paths) await request(app).get(probe).expect(200);
  });
});
