import { describe, expect, it } from 'vitest';
import { type Doc, entriesOf, operationsFile } from './client';

const page = {
  content: { 'application/json': { schema: { properties: { items: {}, next_cursor: {} } } } },
};
const doc: Doc = {
  paths: {
    '/api/v1/orders': {
      get: { operationId: 'listOrders', tags: ['orders'], responses: { '200': page } },
      post: { operationId: 'createOrder', tags: ['orders'], responses: { '201': {} } },
    },
    '/api/v1/orders/{order_id}/submit': {
      post: { operationId: 'submitOrder', tags: ['orders'], responses: { '200': {} } },
    },
    '/api/v1/orders/{order_id}/payments': {
      get: { operationId: 'listOrderPayments', tags: ['payments'], responses: { '200': page } },
    },
    '/api/v1/legacy': { get: { tags: ['orders'], responses: { '200': {} } } },
    '/api/v1/ws': { get: { operationId: 'subscribeEvents', tags: ['events'], responses: { '101': {} } } },
  },
};

describe('SDK generator', () => {
  it('nests operations like their URLs, names them from the operationId and skips what it cannot call', () => {
    expect(entriesOf(doc).map((e) => `${[...e.resource, e.name].join('.')}${e.paginated ? '*' : ''}`)).toEqual([
      'orders.list*',
      'orders.create',
      'orders.submit',
      'orders.payments.list*',
    ]);
  });

  it('emits the runtime table and an iterator type for every page', () => {
    const text = operationsFile(doc);
    expect(text).toContain("list: { method: 'GET', path: '/api/v1/orders', paginated: true },");
    expect(text).toMatch(/ {2}orders: \{\n(.*\n)* {4}payments: \{\n {6}list: \{ method: 'GET'/);
    expect(text).toContain("listAll: Iterate<O['listOrders']>;");
    expect(text).toContain("submit: Operation<O['submitOrder']>;");
    expect(text).not.toContain('subscribeEvents');
  });
});
