import { describe, expect, it } from 'vitest';
import type { RouteSpec } from '../src/http/route-spec.js';
import { buildOpenApiDocument } from '../src/openapi/document.js';
import { openApiDocument, routeSpecs } from '../src/openapi/specs.js';
import { tagTitles } from '../../scripts/generate-api-docs.js';
import { routeFiles } from './support/route-files.js';

type Json = Record<string, unknown>;
type Operation = {
  operationId: string;
  summary: string;
  'x-summary-zh'?: string;
  description?: string;
  'x-description-zh'?: string;
  parameters?: (Json & { name: string; in: string })[];
  requestBody?: { content: Record<string, { schema: Json }> };
  responses: Record<string, Json & { description: string; content?: Record<string, { schema: Json }> }>;
};

const glossary = 'server/src/openapi/field-glossary.ts';

/**
 * Every text of the Chinese API reference that is missing, each as a sentence saying what to add where: operation
 * summaries and descriptions (RouteSpec `summaryZh`, `descriptionZh`), answers (`descriptionZh` beside each
 * response's description) and fields (`descriptionZh` beside `description` in the field's `.meta()`, or a glossary
 * entry for a field that describes nothing itself).
 */
function missingTranslations(document: { paths: Record<string, Record<string, Operation>> }): string[] {
  const files = routeFiles();
  const missing: string[] = [];
  for (const [route, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const where = `${op.operationId} (${method.toUpperCase()} ${route}, declared in ${files.get(op.operationId) ?? 'server/src'})`;
      if (!op['x-summary-zh']) missing.push(`${where}: add \`summaryZh\` (Chinese for “${op.summary}”) to the route declaration`);
      if (op.description && !op['x-description-zh']) {
        missing.push(`${where}: add \`descriptionZh\` (Chinese for “${op.description}”) to the route declaration`);
      }
      for (const p of op.parameters ?? []) {
        const field = `${p.in} parameter \`${p.name}\``;
        checkField(missing, where, field, p, `${p.in}:${p.name}`);
        walk(missing, where, field, p.schema as Json, [], true);
      }
      for (const [type, { schema }] of Object.entries(op.requestBody?.content ?? {})) {
        if (type === 'application/json') walk(missing, where, 'request body', schema);
      }
      for (const [status, response] of Object.entries(op.responses)) {
        if (!response['x-description-zh']) {
          missing.push(`${where}: add \`descriptionZh\` (Chinese for “${response.description}”) beside the description of its ${status} response`);
        }
        for (const [type, { schema }] of Object.entries(response.content ?? {})) {
          if (type !== 'application/problem+json') walk(missing, where, `${status} response`, schema);
        }
      }
    }
  }
  return missing;
}

function checkField(missing: string[], where: string, field: string, node: Json, glossaryKey: string): void {
  if (node.description === undefined) {
    missing.push(
      `${where}: ${field} has no description — add \`.meta({ description: '…', descriptionZh: '…' })\` to its schema, ` +
        `or an entry \`'${glossaryKey}': ['…', '…']\` to ${glossary}`,
    );
  } else if (!node['x-description-zh']) {
    missing.push(`${where}: ${field} — add \`descriptionZh\` (Chinese for “${String(node.description)}”) beside \`description\` in its schema’s \`.meta()\``);
  }
}

/** Every property of a schema, by its path (`requester.email`, `events[].type`), and every described sub-schema. */
function walk(missing: string[], where: string, part: string, schema: Json | undefined, path: string[] = [], isField = false): void {
  if (!schema || typeof schema !== 'object') return;
  if (!isField && schema.description !== undefined && !schema['x-description-zh']) {
    const at = path.length ? ` at \`${path.join('.')}\`` : '';
    missing.push(`${where}: the ${part} schema${at} — add \`descriptionZh\` (Chinese for “${String(schema.description)}”) beside \`description\` in its \`.meta()\``);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) for (const branch of (schema[key] as Json[] | undefined) ?? []) walk(missing, where, part, branch, path);
  if (schema.items) walk(missing, where, part, schema.items as Json, [...path.slice(0, -1), `${path.at(-1) ?? ''}[]`]);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') walk(missing, where, part, schema.additionalProperties as Json, path);
  for (const [name, property] of Object.entries((schema.properties as Record<string, Json> | undefined) ?? {})) {
    const fieldPath = [...path, name];
    checkField(missing, where, `${part} field \`${fieldPath.join('.')}\``, property, fieldPath.join('.'));
    walk(missing, where, part, property, fieldPath, true);
  }
}

describe('the Chinese API reference', () => {
  it('has a Chinese summary and description for every operation, answer and field (each missing one named)', () => {
    expect(missingTranslations(openApiDocument() as never)).toEqual([]);
  });

  it('has a page title in both languages for every tag', () => {
    const untitled = [...new Set(routeSpecs.map((spec) => spec.tag))]
      .filter((tag) => !tagTitles[tag]?.['zh-Hans'] || !tagTitles[tag]?.en)
      .map((tag) => `tag \`${tag}\`: add \`${tag}: { 'zh-Hans': '…', en: '…' }\` to tagTitles in scripts/generate-api-docs.ts`);
    expect(untitled).toEqual([]);
  });

  it('names what to add, and where, for an operation and a field without Chinese', async () => {
    const { z } = await import('zod');
    const spec: RouteSpec = {
      method: 'post',
      path: '/trainees',
      operationId: 'enrolTrainee',
      summary: 'Enrol a trainee',
      description: 'Adds a trainee to the five-week plan.',
      tag: 'training',
      audience: ['admin'],
      body: { schema: z.object({ cohort: z.string().meta({ description: 'The cohort, e.g. `2027-spring`.' }), trackColour: z.string() }) },
      responses: { 201: { description: 'Enrolled.' } },
    };
    const missing = missingTranslations(buildOpenApiDocument([spec], '0.0.0') as never).join('\n');
    expect(missing).toContain('enrolTrainee (POST /trainees, declared in server/src): add `summaryZh` (Chinese for “Enrol a trainee”)');
    expect(missing).toContain('add `descriptionZh` (Chinese for “Adds a trainee to the five-week plan.”) to the route declaration');
    expect(missing).toContain('request body field `cohort` — add `descriptionZh` (Chinese for “The cohort, e.g. `2027-spring`.”)');
    expect(missing).toContain("request body field `trackColour` has no description — add `.meta({ description: '…', descriptionZh: '…' })`");
    expect(missing).toContain(`or an entry \`'trackColour': ['…', '…']\` to ${glossary}`);
    expect(missing).toContain('add `descriptionZh` (Chinese for “Enrolled.”) beside the description of its 201 response');
  });
});
