import { createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, stockedVariants } from './helpers';

// Human order numbers (#1042): per workspace, no gaps and no duplicates under concurrency.

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.dispose();
});

describe('order numbers', () => {
  it('gives 50 concurrent orders of one workspace 50 distinct consecutive numbers; another workspace counts apart', async () => {
    const one = client(app, (await signUpAndCreateWorkspace(app)).headers);
    const two = client(app, (await signUpAndCreateWorkspace(app)).headers);
    const [a] = await stockedVariants(one, [100]);
    const [b] = await stockedVariants(two, [100]);
    const first = (await two('POST', '/orders', { lines: [{ variant_id: b, quantity: 1 }] })).json();
    expect(first.number).toBe(1);

    const placed = await Promise.all(
      Array.from({ length: 50 }, () => one('POST', '/orders', { lines: [{ variant_id: a, quantity: 1 }] })),
    );
    expect(placed.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    const numbers = placed.map((r) => r.json().number as number).sort((x, y) => x - y);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));

    const second = (await two('POST', '/orders', { lines: [{ variant_id: b, quantity: 1 }] })).json();
    expect(second.number).toBe(2);
    // A refused order (unknown variant) uses no number: the next one is 51, not 52.
    const refused = await one('POST', '/orders', {
      lines: [{ variant_id: '0190f1c2-7d3a-7b41-9e4c-000000000000', quantity: 1 }],
    });
    expect(refused.statusCode).toBe(422);
    expect((await one('POST', '/orders', { lines: [{ variant_id: a, quantity: 1 }] })).json().number).toBe(51);
    const found = (await one('GET', '/orders?number=37')).json().items;
    expect(found).toHaveLength(1);
    expect(found[0].number).toBe(37);
  });
});
