import { createTestApp, type TestApp } from '@nexova/app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenApi } from './contract/openapi-walk';
import { contractViolations } from './contract/rules';

// The API convention of docs/API.md, checked over the OpenAPI document the app serves (the one
// `npm run generate` writes to openapi.json). Every operation follows it; there is no allow-list.

let app: TestApp;
let doc: OpenApi;
beforeAll(async () => {
  app = await createTestApp();
  doc = app.swagger() as unknown as OpenApi;
});
afterAll(() => app?.dispose());

describe('the API contract (docs/API.md) over openapi.json', () => {
  it('every operation follows the convention', () => {
    const violations = contractViolations(doc).map((v) => `${v.operation} — ${v.rule}: ${v.detail}`);
    expect(violations).toEqual([]);
  });

  it('orders the tags auth first and system last, each with a description', () => {
    const tags = doc.tags ?? [];
    expect(tags[0]?.name).toBe('auth');
    expect(tags.at(-1)?.name).toBe('system');
    expect(tags.filter((t) => !t.description)).toEqual([]);
  });

  it('declares the bearer token and API key schemes and one shared Problem schema', () => {
    expect(doc.components?.securitySchemes).toMatchObject({
      bearer: { type: 'http', scheme: 'bearer' },
      api_key: { type: 'http', scheme: 'bearer' },
    });
    expect(doc.components?.schemas?.Problem).toMatchObject({
      required: expect.arrayContaining(['type', 'title', 'status', 'detail', 'code', 'request_id']),
    });
    const orders = doc.paths['/api/v1/health'] ?? doc.paths['/health'];
    expect(orders?.get?.security).toEqual([]);
  });
});
