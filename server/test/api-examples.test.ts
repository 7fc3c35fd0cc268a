import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { RouteSpec } from '../src/http/route-spec.js';
import { openApiDocument, routeSpecs } from '../src/openapi/specs.js';
import { routeFiles } from './support/route-files.js';

type Json = Record<string, unknown>;
type Operation = {
  parameters?: { name: string; in: string; example?: unknown }[];
  requestBody?: { content: Record<string, { schema: Json; example?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: Json; example?: unknown }> }>;
};

const document = openApiDocument() as { paths: Record<string, Record<string, Operation>>; components: { schemas: Json } };
const files = routeFiles();

/** Formats the schemas use, checked the way the server's zod schemas check them. */
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat('date-time', (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value)));
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
ajv.addFormat('uri', (value: string) => URL.canParse(value));
ajv.addFormat('uri-reference', true);
ajv.addFormat('binary', true);
ajv.addSchema({ ...document.components.schemas.Problem!, $id: 'problem' } as Json);

function schemaErrors(schema: Json, value: unknown): string | null {
  const validate = '$ref' in schema ? ajv.getSchema('problem')! : ajv.compile(schema);
  return validate(value) ? null : ajv.errorsText(validate.errors, { dataVar: 'example' });
}

function zodErrors(schema: { safeParse: (value: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? null : result.error!.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** Everything wrong with one operation's examples, each as a sentence saying what to add or fix where. */
function exampleProblems(spec: RouteSpec): string[] {
  const where = `${spec.operationId} (${spec.method.toUpperCase()} ${spec.path}, declared in ${files.get(spec.operationId) ?? 'server/src'})`;
  const fix = 'add it to `examples` in the route declaration (keep the values in the feature’s examples.ts)';
  const op = document.paths[spec.path]![spec.method]!;
  const problems: string[] = [];
  const examples = spec.examples;
  if (!examples) return [`${where}: has no \`examples\` — add \`examples: { ${spec.params ? 'params, ' : ''}${spec.query ? 'query, ' : ''}${spec.body ? 'body, ' : ''}responses }\` to it (values in the feature’s examples.ts)`];

  if (spec.params) {
    const missing = Object.keys(spec.params.shape).filter((name) => examples.params?.[name] === undefined);
    if (missing.length) problems.push(`${where}: no example for the path parameter(s) ${missing.join(', ')} — ${fix} as \`params\``);
    else {
      const wrong = zodErrors(spec.params, examples.params);
      if (wrong) problems.push(`${where}: examples.params do not match the schema: ${wrong}`);
    }
  }
  if (spec.query) {
    if (!examples.query || Object.keys(examples.query).length === 0) problems.push(`${where}: no example query — ${fix} as \`query\` (the parameters of a typical call)`);
    else {
      const unknown = Object.keys(examples.query).filter((name) => !(name in spec.query!.shape));
      if (unknown.length) problems.push(`${where}: examples.query names parameters the route does not take: ${unknown.join(', ')}`);
      const wrong = zodErrors(spec.query, examples.query);
      if (wrong) problems.push(`${where}: examples.query does not match the schema: ${wrong}`);
    }
  }
  if (spec.body) {
    if (examples.body === undefined) problems.push(`${where}: no request body example — ${fix} as \`body\``);
    else {
      const wrong = zodErrors(spec.body.schema, examples.body) ?? schemaErrors(op.requestBody!.content['application/json']?.schema ?? {}, examples.body);
      if (wrong) problems.push(`${where}: examples.body does not match the schema: ${wrong}`);
    }
  } else if (examples.body !== undefined) problems.push(`${where}: examples.body is given but the route takes no body`);

  for (const [status, response] of Object.entries(spec.responses)) {
    const example = examples.responses[Number(status)];
    if (!response.schema) {
      if (response.contentType) problems.push(`${where}: the ${status} answer has a ${response.contentType} body but no \`schema\` — declare one (z.string() for text) so the reference can show its example`);
      if (example !== undefined) problems.push(`${where}: examples.responses[${status}] is given but that answer has no body`);
      continue;
    }
    if (example === undefined) {
      problems.push(`${where}: no example of the ${status} answer — ${fix} as \`responses: { ${status}: … }\``);
      continue;
    }
    const content = op.responses[status]!.content!;
    const wrong = schemaErrors(Object.values(content)[0]!.schema, example);
    if (wrong) problems.push(`${where}: examples.responses[${status}] does not match the schema: ${wrong}`);
  }
  for (const status of Object.keys(examples.responses)) {
    if (!(status in spec.responses)) problems.push(`${where}: examples.responses[${status}] is not a status the route declares`);
  }
  return problems;
}

describe('the API reference examples', () => {
  it('exist for every operation (path and query parameters, body, every answer with a body) and match its schemas', () => {
    expect(routeSpecs.flatMap(exampleProblems)).toEqual([]);
  });

  it('are in the OpenAPI document: parameters, request bodies and success answers carry them', () => {
    const missing: string[] = [];
    for (const spec of routeSpecs) {
      const op = document.paths[spec.path]![spec.method]!;
      for (const p of op.parameters ?? []) if (p.in === 'path' && p.example === undefined) missing.push(`${spec.operationId} path ${p.name}`);
      if (op.requestBody && op.requestBody.content['application/json']?.example === undefined) missing.push(`${spec.operationId} request body`);
      for (const [status, response] of Object.entries(op.responses)) {
        for (const [type, media] of Object.entries(response.content ?? {})) if (media.example === undefined) missing.push(`${spec.operationId} ${status} ${type}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('give every problem answer an example the Problem schema accepts, from the error catalogue', () => {
    const wrong: string[] = [];
    for (const spec of routeSpecs) {
      for (const [status, response] of Object.entries(document.paths[spec.path]![spec.method]!.responses)) {
        const media = response.content?.['application/problem+json'];
        if (!media) continue;
        const errors = schemaErrors(media.schema, media.example);
        if (errors) wrong.push(`${spec.operationId} ${status}: ${errors}`);
        else expect((media.example as { status: number }).status).toBe(Number(status));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('fail when an example does not match its schema', () => {
    const fileTicket = routeSpecs.find((spec) => spec.operationId === 'fileTicket')!;
    const broken = { ...fileTicket, examples: { ...fileTicket.examples!, body: { ...(fileTicket.examples!.body as object), priority: 'P5' } } };
    expect(exampleProblems(broken).join('\n')).toMatch(/fileTicket .*examples\.body does not match the schema: priority/);
    const bare = { ...fileTicket, examples: undefined };
    expect(exampleProblems(bare).join('\n')).toMatch(/fileTicket .*server\/src\/tickets\/routes\.ts.*has no `examples`/);
  });
});
