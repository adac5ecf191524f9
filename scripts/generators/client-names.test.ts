import { describe, expect, it } from 'vitest';
import { methodName, type NamedOperation, resourceName, sdkName } from './client-names';

const op = (method: string, path: string, operationId: string, paginated = false): NamedOperation => ({
  method,
  path: `/api/v1${path}`,
  operationId,
  tag: 'x',
  paginated,
});
const ops = [
  op('GET', '/orders', 'listOrders', true),
  op('POST', '/orders', 'createOrder'),
  op('GET', '/orders/{order_id}', 'getOrder'),
  op('POST', '/orders/{order_id}/submit', 'submitOrder'),
  op('GET', '/orders/{order_id}/payments', 'listOrderPayments', true),
  op('POST', '/orders/{order_id}/payments', 'registerOrderPayment'),
  op('GET', '/orders/{order_id}/balance', 'getOrderBalance'),
  op('POST', '/customers/{customer_id}/addresses', 'createCustomerAddress'),
  op('DELETE', '/customers/{customer_id}/addresses/{address_id}', 'deleteCustomerAddress'),
  op('GET', '/customers/by-phone/{phone}', 'findCustomerByPhone'),
  op('GET', '/people/{person_id}/documents', 'listPersonDocuments', true),
  op('POST', '/products/import', 'importProducts'),
  op('GET', '/products/import/{job_id}', 'getProductImport'),
  op('POST', '/agenda/appointments/{appointment_id}/no-show', 'markAppointmentNoShow'),
  op('POST', '/webhook-endpoints/{endpoint_id}/rotate-secret', 'rotateWebhookEndpointSecret'),
  op('POST', '/auth/login', 'login'),
  op('POST', '/me/password', 'changePassword'),
  op('GET', '/system/events/dlq', 'listDeadLetters', true),
  op('PUT', '/clinical-catalogs/entries/{entry_id}/override', 'putClinicalCatalogOverride'),
  { method: 'GET', path: '/health', operationId: 'getHealth', tag: 'system', paginated: false },
  { method: 'GET', path: '/api/v1/openapi.json', operationId: 'getOpenApiDocument', tag: 'system', paginated: false },
];
const named = (operationId: string) => {
  const found = ops.find((o) => o.operationId === operationId);
  if (!found) throw new Error(operationId);
  const { resource, method } = sdkName(found, ops);
  return [...resource, method].join('.');
};

describe('SDK names', () => {
  it('nests resources like the URL and names the method from the operationId without their nouns', () => {
    expect(named('listOrders')).toBe('orders.list');
    expect(named('createOrder')).toBe('orders.create');
    expect(named('getOrder')).toBe('orders.get');
    expect(named('submitOrder')).toBe('orders.submit');
    expect(named('listOrderPayments')).toBe('orders.payments.list');
    expect(named('registerOrderPayment')).toBe('orders.payments.register');
    expect(named('getOrderBalance')).toBe('orders.balance.get');
    expect(named('createCustomerAddress')).toBe('customers.addresses.create');
    expect(named('deleteCustomerAddress')).toBe('customers.addresses.delete');
    expect(named('findCustomerByPhone')).toBe('customers.findByPhone');
    expect(named('listPersonDocuments')).toBe('people.documents.list');
    expect(named('importProducts')).toBe('products.import.create');
    expect(named('getProductImport')).toBe('products.import.get');
    expect(named('markAppointmentNoShow')).toBe('agenda.appointments.markNoShow');
    expect(named('rotateWebhookEndpointSecret')).toBe('webhookEndpoints.rotateSecret');
    expect(named('login')).toBe('auth.login');
    expect(named('changePassword')).toBe('me.changePassword');
    expect(named('listDeadLetters')).toBe('system.events.dlq.list');
    expect(named('putClinicalCatalogOverride')).toBe('clinicalCatalogs.entries.override.put');
  });

  it('names operations outside /api/v1/ (and the API document) by their tag', () => {
    expect(named('getHealth')).toBe('system.getHealth');
    expect(named('getOpenApiDocument')).toBe('system.getOpenApiDocument');
    expect(methodName('api keys', 'revokeApiKey')).toBe('revoke');
    expect(methodName('files', 'downloadFile')).toBe('download');
    expect(resourceName('api keys')).toBe('apiKeys');
  });
});
