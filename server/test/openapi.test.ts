import { readFileSync } from 'node:fs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiPath, renderOpenApi } from '../../scripts/generate-openapi.js';
import { clientTypesPath, renderApiClientTypes } from '../../scripts/generate-api-client.js';
import { renderApiReference } from '../../scripts/generate-api-docs.js';
import type { Database } from '../src/db/database.js';
import { routeSpecs } from '../src/openapi/specs.js';
import { testApp } from './support/app.js';
import { migratedDatabase } from './support/database.js';

describe('the OpenAPI document', () => {
  let db: Database;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await migratedDatabase());
  });
  afterAll(() => close());

  it('is committed as generated from the route specs (run `npm run api:generate` when this fails)', () => {
    expect(readFileSync(openApiPath, 'utf8')).toBe(renderOpenApi());
  });

  it('has its site reference pages generated from the committed document', () => {
    for (const [file, content] of renderApiReference()) expect(readFileSync(file, 'utf8'), file).toBe(content);
  });

  it('has the site’s API types (src/api/schema.d.ts) generated from the committed document', async () => {
    expect(readFileSync(clientTypesPath, 'utf8')).toBe(await renderApiClientTypes());
  });

  it('is served at /api/v1/openapi.json and describes every route spec once', async () => {
    const res = await request(testApp(db)).get('/api/v1/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    const operations = Object.values(res.body.paths as Record<string, Record<string, { operationId: string }>>).flatMap((p) =>
      Object.values(p).map((op) => op.operationId),
    );
    expect(operations.sort()).toEqual(routeSpecs.map((s) => s.operationId).sort());
    expect(new Set(operations).size).toBe(operations.length);
  });
});
