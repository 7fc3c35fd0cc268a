import { z } from 'zod';
import { problemTypes, type ProblemCode } from '../http/errors.js';
import { zodIssueCode } from '../http/problem.js';
import type { Audience, RouteSpec } from '../http/route-spec.js';
import { glossaryEntry } from './field-glossary.js';
import './zod-meta.js';

type JsonSchema = Record<string, unknown>;
export type OpenApiDocument = Record<string, unknown> & { paths: Record<string, Record<string, unknown>> };

/** Problems any operation may answer with, so each spec lists only its own. */
const everywhere: ProblemCode[] = ['validation_failed', 'internal_error'];

/** Where the public site lives in examples (problem `type` links, snippets). */
export const examplePublicUrl = 'https://support.example.com';

/**
 * The JSON Schema of a zod schema, with each field's Chinese description (`.meta({ descriptionZh })`) as
 * `x-description-zh`, and fields that describe nothing themselves described from the shared glossary.
 */
function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any', reused: 'inline' }) as JsonSchema;
  delete json.$schema;
  return annotate(json, []) as JsonSchema;
}

function annotate(node: unknown, path: string[]): unknown {
  if (Array.isArray(node)) return node.map((item) => annotate(item, path));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'descriptionZh') out['x-description-zh'] = value;
    else if (key === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, JsonSchema>).map(([name, field]) => {
          const described = annotate(field, [...path, name]) as JsonSchema;
          const entry = described.description === undefined ? glossaryEntry([...path, name]) : undefined;
          return [name, entry ? { description: entry.en, 'x-description-zh': entry.zh, ...described } : described];
        }),
      );
    } else if (key === 'items') out.items = annotate(value, [...path.slice(0, -1), `${path.at(-1) ?? ''}[]`]);
    else if (key === 'additionalProperties' || key === 'anyOf' || key === 'oneOf' || key === 'allOf') out[key] = annotate(value, path);
    else out[key] = value;
  }
  return out;
}

const Problem: JsonSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string', format: 'uri', description: 'Link to this code on the error reference page.' },
    title: { type: 'string', description: "Short summary in the reader's language (Accept-Language: zh or en)." },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string', enum: Object.keys(problemTypes), description: 'Stable; switch on this, not on title.' },
    instance: { type: 'string', description: 'The request path.' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'code', 'message'],
        properties: { field: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } },
      },
    },
    requestId: { type: 'string', description: 'Same as the X-Request-Id response header and the logs.' },
  },
};

function security(audience: Audience[], credentials?: RouteSpec['credentials']): Record<string, string[]>[] {
  if (credentials === 'session') return audience.includes('anyone') ? [{}, { session: [] }] : [{ session: [] }];
  if (audience.includes('anyone')) return [{}];
  const bearerOnly = audience.every((a) => a === 'ticket-link' || a === 'requester');
  return bearerOnly ? [{ bearer: [] }] : [{ bearer: [] }, { session: [] }];
}

function parameters(spec: RouteSpec): JsonSchema[] {
  const list: JsonSchema[] = [];
  for (const [where, shape] of [['path', spec.params], ['query', spec.query]] as const) {
    if (!shape) continue;
    const object = schemaOf(shape, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, schema] of Object.entries(object.properties ?? {})) {
      const { description: own, 'x-description-zh': ownZh, ...rest } = schema;
      const entry = own === undefined ? glossaryEntry([`${where}:${name}`]) : undefined;
      const description = own ?? entry?.en;
      const descriptionZh = own === undefined ? entry?.zh : ownZh;
      const example = (where === 'path' ? spec.examples?.params : spec.examples?.query)?.[name];
      list.push({
        name,
        in: where,
        required: where === 'path' || (object.required ?? []).includes(name),
        ...(description ? { description } : {}),
        ...(descriptionZh ? { 'x-description-zh': descriptionZh } : {}),
        schema: rest,
        ...(example !== undefined ? { example } : {}),
      });
    }
  }
  return list;
}

/** The path with the example's parameters filled in: `/api/v1/tickets/HO-1042`. */
export function examplePath(spec: Pick<RouteSpec, 'path' | 'examples'>): string {
  return `/api/v1${spec.path.replace(/\{(\w+)\}/g, (whole, name: string) => encodeURIComponent(String(spec.examples?.params?.[name] ?? whole)))}`;
}

/**
 * What the server answers with `code` to this example call (in English; the Chinese reference swaps the title and
 * link). A validation failure shows the field errors zod gives for the example body without its first required field.
 */
export function problemExample(code: ProblemCode, spec: RouteSpec, locale: 'en' | 'zh-Hans' = 'en'): JsonSchema {
  let errors: { field: string; code: string; message: string }[] | undefined;
  const body = spec.examples?.body;
  if (code === 'validation_failed' && spec.body && body && typeof body === 'object' && !Array.isArray(body)) {
    const [first] = Object.keys(body);
    const broken = Object.fromEntries(Object.entries(body).filter(([key]) => key !== first));
    const result = spec.body.schema.safeParse(broken);
    if (!result.success) {
      errors = result.error.issues.slice(0, 1).map((issue) => ({
        field: issue.path.map(String).join('.') || '(root)',
        code: zodIssueCode(issue),
        message: issue.message,
      }));
    }
  }
  const docs = locale === 'en' ? `${examplePublicUrl}/en/docs/api/errors` : `${examplePublicUrl}/docs/api/errors`;
  return {
    type: `${docs}#${code}`,
    title: problemTypes[code].title[locale],
    status: problemTypes[code].status,
    code,
    instance: examplePath(spec),
    ...(errors?.length ? { errors } : {}),
    requestId: '5f0c6a8e-2d4b-4c1e-9a7f-3b8d2e6c1a90',
  };
}

function responses(spec: RouteSpec): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(spec.responses)) {
    const example = spec.examples?.responses[Number(status)];
    out[status] = {
      description: response.description,
      ...(response.descriptionZh ? { 'x-description-zh': response.descriptionZh } : {}),
      ...(response.schema
        ? {
            content: {
              [response.contentType ?? 'application/json']: {
                schema: schemaOf(response.schema, 'output'),
                ...(example !== undefined ? { example } : {}),
              },
            },
          }
        : {}),
    };
  }
  const codes = [...new Set([...(spec.problems ?? []), ...everywhere])].filter((c): c is ProblemCode => c in problemTypes);
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of codes) byStatus.set(problemTypes[code].status, [...(byStatus.get(problemTypes[code].status) ?? []), code]);
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    out[String(status)] ??= {
      description: `Problem: ${list.join(', ')}`,
      'x-description-zh': `问题：${list.join('、')}`,
      'x-problems': list,
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' }, example: problemExample(list[0]!, spec) } },
    };
  }
  return out;
}

function operation(spec: RouteSpec): Record<string, unknown> {
  const params = parameters(spec);
  return {
    operationId: spec.operationId,
    summary: spec.summary,
    ...(spec.summaryZh ? { 'x-summary-zh': spec.summaryZh } : {}),
    ...(spec.description ? { description: spec.description } : {}),
    ...(spec.descriptionZh ? { 'x-description-zh': spec.descriptionZh } : {}),
    tags: [spec.tag],
    'x-audience': spec.audience,
    ...(spec.stream ? { 'x-stream': true } : {}),
    security: security(spec.audience, spec.credentials),
    ...(params.length ? { parameters: params } : {}),
    ...(spec.body
      ? {
          requestBody: {
            required: true,
            content: Object.fromEntries(
              (spec.body.contentTypes ?? ['application/json']).map((type) => [
                type,
                {
                  schema: schemaOf(spec.body!.schema, 'input'),
                  ...(type === 'application/json' && spec.examples?.body !== undefined ? { example: spec.examples.body } : {}),
                  ...(type === 'multipart/form-data' && spec.body!.jsonPart ? { 'x-json-part': spec.body!.jsonPart } : {}),
                },
              ]),
            ),
          },
        }
      : {}),
    responses: responses(spec),
  };
}

/** The OpenAPI 3.1 document for /api/v1, built from every feature's RouteSpec list. Deterministic: sorted paths. */
export function buildOpenApiDocument(specs: RouteSpec[], version: string): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of [...specs].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))) {
    (paths[spec.path] ??= {})[spec.method] = operation(spec);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Handover API',
      version,
      description:
        'Support tickets, conversation, attachments and staff administration. Errors are application/problem+json with a stable code.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: '/api/v1' }],
    tags: [...new Set(specs.map((s) => s.tag))].sort().map((name) => ({ name })),
    paths,
    components: {
      schemas: { Problem },
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'Personal API token (hop_…), ticket tracking link (hot_…) or magic link (hom_…).',
        },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'ho_session',
          description: 'Staff console session; writes also need the X-CSRF-Token header.',
        },
      },
    },
  };
}

/**
 * The document with every `category` (request bodies, queue filters, views) limited to the configured values:
 * TICKET_CATEGORIES is deployment configuration, so only the served document can name them.
 */
export function withCategories(document: OpenApiDocument, categories: string[]): OpenApiDocument {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) copy[key] = visit(value);
    const properties = copy.properties as Record<string, Record<string, unknown>> | undefined;
    if (properties?.category && properties.category.type === 'string') properties.category = { ...properties.category, enum: categories };
    if (copy.name === 'category' && copy.in === 'query' && (copy.schema as Record<string, unknown> | undefined)?.type === 'string') {
      copy.schema = { ...(copy.schema as object), enum: categories };
    }
    return copy;
  };
  return visit(document) as OpenApiDocument;
}
