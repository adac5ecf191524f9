import { randomUUID } from 'node:crypto';
import type { TestWorkspace } from '@nexova/tenancy/testing';
import { apiClient, type TestApp } from '../../src/testing';

/**
 * Real records of every kind the API names in a path, keyed by path parameter (or
 * `resource:parameter` where one name means different things), so a fuzzed path sometimes names
 * something that exists and its handler runs. The workspace runs a shop and a clinic.
 */
export async function fuzzRecords(app: TestApp, ws: TestWorkspace): Promise<Record<string, string>> {
  const call = apiClient(app, ws.headers);
  const ok = async (res: Promise<{ statusCode: number; body: string; json(): unknown }>) => {
    const r = await res;
    if (r.statusCode >= 300) throw new Error(r.body);
    return r.json() as { id: string; variants?: { id: string }[] };
  };
  // The workspace runs a clinic too, so the clinic's routes reach validation and handlers.
  await ok(call('PATCH', `/workspaces/${ws.workspaceId}`, { settings: { modules: ['shop', 'clinic'] } }));
  const customer = await ok(call('POST', '/customers', { name: 'Fuzz', phone: '+5511987654321' }));
  const document = await ok(call('POST', `/people/${customer.id}/documents`, { type: 'cpf', number: '52998224725' }));
  const patient = await ok(call('POST', '/patients', { person_id: customer.id }));
  const sku = `FZ-${randomUUID().slice(0, 8)}`;
  const product = await ok(
    call('POST', '/products', { name: 'Fuzz', currency: 'BRL', variants: [{ sku, price: 1000 }] }),
  );
  const variantId = product.variants?.[0]?.id as string;
  await ok(call('POST', '/stock/adjust', { variant_id: variantId, delta: 50, reason: 'delivery' }));
  const order = await ok(call('POST', '/orders', { lines: [{ variant_id: variantId, quantity: 1 }] }));
  const payment = await ok(call('POST', `/orders/${order.id}/payments`, { amount: 100, method: 'cash' }));
  const reservation = await ok(call('POST', '/stock/reserve', { lines: [{ variant_id: variantId, quantity: 1 }] }));
  // The agenda answers clinic workspaces only: turn the module on so its handlers are reached.
  const clinic = await call('PATCH', `/workspaces/${ws.workspaceId}`, { settings: { modules: ['shop', 'clinic'] } });
  if (clinic.statusCode !== 200) throw new Error(clinic.body);
  const professional = await ok(call('POST', '/agenda/professionals', { name: 'Fuzz' }));
  const room = await ok(call('POST', '/agenda/resources', { name: 'Fuzz' }));
  const service = await ok(
    call('POST', '/agenda/services', {
      name: 'Fuzz',
      duration_minutes: 30,
      professional_ids: [professional.id],
      resource_ids: [room.id],
    }),
  );
  for (const owner of [professional.id, room.id])
    await ok(
      call('POST', '/agenda/availability-rules', {
        owner_kind: owner === room.id ? 'resource' : 'professional',
        owner_id: owner,
        weekday: 1,
        start: '00:00',
        end: '24:00',
      }),
    );
  const rule = await ok(
    call('POST', '/agenda/availability-rules', {
      owner_kind: 'professional',
      owner_id: professional.id,
      weekday: 2,
      start: '08:00',
      end: '12:00',
    }),
  );
  const exception = await ok(
    call('POST', '/agenda/availability-exceptions', {
      kind: 'closed',
      starts_at: '2030-12-25T00:00:00Z',
      ends_at: '2030-12-26T00:00:00Z',
    }),
  );
  const appointment = await ok(
    call('POST', '/agenda/appointments', {
      service_id: service.id,
      professional_id: professional.id,
      resource_id: room.id,
      starts_at: '2030-01-07T10:00:00Z',
    }),
  );
  return {
    workspace_id: ws.workspaceId,
    user_id: ws.userId,
    customerId: customer.id,
    'customers:id': customer.id,
    'customers:phone': '+5511987654321',
    'products:id': product.id,
    variantId,
    order_id: order.id,
    payment_id: payment.id,
    'stock:id': reservation.id,
    customer_id: customer.id,
    product_id: product.id,
    variant_id: variantId,
    reservation_id: reservation.id,
    person_id: customer.id,
    document_id: document.id,
    patient_id: patient.id,
    'people:type': 'cpf',
    'people:number': '52998224725',
    professional_id: professional.id,
    resource_id: room.id,
    service_id: service.id,
    rule_id: rule.id,
    exception_id: exception.id,
    appointment_id: appointment.id,
  };
}
