import { describe, expect, it } from 'vitest';
import { methodName, resourceName } from './client-names';

describe('SDK names', () => {
  it('strips the resource noun when a verb remains, else keeps the operationId', () => {
    expect(methodName('orders', 'listOrders')).toBe('list');
    expect(methodName('orders', 'getOrder')).toBe('get');
    expect(methodName('orders', 'submitOrder')).toBe('submit');
    expect(methodName('orders', 'listOrderPayments')).toBe('listOrderPayments');
    expect(methodName('categories', 'createCategory')).toBe('create');
    expect(methodName('api keys', 'revokeApiKey')).toBe('revoke');
    expect(methodName('catalog', 'listProducts')).toBe('listProducts');
    expect(methodName('system', 'getHealth')).toBe('getHealth');
    expect(methodName('system', 'ping')).toBe('ping');
  });

  it('camelCases tags', () => {
    expect(resourceName('api keys')).toBe('apiKeys');
    expect(resourceName('Orders')).toBe('orders');
  });
});
