import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { systemContext } from '@nexova/kernel';
import { requestPayment } from '@nexova/payments';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The cross-workspace matrix for every module's routes, driven by the OpenAPI document: each
// /api/v1 operation with a path parameter is called by workspace A's Owner with the ids of workspace
// B's records and the operation's own example body, and must answer 404 — the answer for an id that
// does not exist. A new route with a new kind of id fails here until its id is added to `idsOfB`.
// (The workspace resource /workspaces/{workspace_id} has its own matrix in modules/tenancy; the
// /system routes belong to platform admins, not to a workspace.)

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

// File uploads take multipart bodies, which the OpenAPI document does not describe yet.
const UPLOADS = new Set(['/api/v1/payments/{payment_id}/attachments', '/api/v1/patients/{patient_id}/attachments']);
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
function multipart(): { payload: Buffer; contentType: string } {
  const boundary = `nexova${randomUUID().slice(0, 8)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="r.png"\r\nContent-Type: image/png\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), PNG, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}
type Operation = { requestBody?: { content?: Record<string, { schema?: { example?: unknown } }> } };

let app: TestApp;
let a: TestWorkspace;
let b: TestWorkspace;
const idsOfB: Record<string, string> = {};

async function asB<T>(
  method: Method,
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const res = await app.inject({
    method,
    url,
    headers: { ...b.headers, 'idempotency-key': randomUUID(), ...headers },
    ...(payload === undefined ? {} : { payload: payload as string }),
  });
  if (res.statusCode >= 300) throw new Error(`${method} ${url} → ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

beforeAll(async () => {
  app = await createTestApp();
  [a, b] = await Promise.all([signUpAndCreateWorkspace(app), signUpAndCreateWorkspace(app)]);
  // Both run a clinic too, so the clinic's routes answer (a shop-only workspace gets 403 there).
  for (const ws of [a, b]) {
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/v1/workspaces/${ws.workspaceId}`,
      headers: ws.headers,
      payload: { settings: { modules: ['shop', 'clinic'] } },
    });
    if (res.statusCode !== 200) throw new Error(`enable clinic: ${res.statusCode} ${res.body}`);
  }
  const phone = '+5511987654321';
  const customer = await asB<{ id: string }>('POST', '/api/v1/customers', { name: 'Beatriz', phone });
  const product = await asB<{ id: string; variants: { id: string }[] }>('POST', '/api/v1/products', {
    name: 'Camiseta',
    currency: 'BRL',
    variants: [{ sku: `B-${randomUUID().slice(0, 8)}`, options: { size: 'M' }, price: 1990 }],
  });
  const variantId = product.variants[0]?.id as string;
  await asB('POST', '/api/v1/stock/adjust', { variant_id: variantId, delta: 5, reason: 'delivery' });
  const reservation = await asB<{ id: string }>('POST', '/api/v1/stock/reserve', {
    lines: [{ variant_id: variantId, quantity: 1 }],
  });
  const job = await asB<{ id: string }>(
    'POST',
    '/api/v1/products/import?currency=BRL',
    'name,sku,price\nMeia,MEIA-1,9.90\n',
    {
      'content-type': 'text/csv',
    },
  );
  const address = await asB<{ id: string }>('POST', `/api/v1/customers/${customer.id}/addresses`, {
    line1: 'Rua B, 1',
    city: 'São Paulo',
    country: 'BR',
  });
  const category = await asB<{ id: string }>('POST', '/api/v1/categories', { name: 'Categoria B' });
  const order = await asB<{ id: string }>('POST', '/api/v1/orders', {
    lines: [{ variant_id: variantId, quantity: 1 }],
  });
  // B's order has a payment intent, so GET /orders/{order_id}/payment-intent has something to hide.
  await requestPayment({
    ctx: { ...systemContext(b.workspaceId), db: app.database.db },
    input: { orderId: order.id },
    runtime: app.runtimes.payments,
  });
  const payment = await asB<{ id: string }>('POST', `/api/v1/orders/${order.id}/payments`, {
    amount: 100,
    method: 'cash',
  });
  const endpoint = await asB<{ id: string }>('POST', '/api/v1/webhook-endpoints', {
    url: 'https://example.com/hooks/b',
    event_types: ['*'],
  });
  // A ping records a delivery (no worker runs here, so nothing is sent).
  const delivery = await asB<{ id: string }>('POST', `/api/v1/webhook-endpoints/${endpoint.id}/ping`);
  const role = await asB<{ id: string }>('POST', '/api/v1/roles', { name: 'B role', permissions: ['orders:read'] });
  const invitation = await asB<{ id: string }>('POST', '/api/v1/invitations', {
    email: `b-${randomUUID()}@example.com`,
    role_id: role.id,
  });
  const document = await asB<{ id: string; number: string }>('POST', `/api/v1/people/${customer.id}/documents`, {
    type: 'cpf',
    number: '529.982.247-25',
  });
  const patient = await asB<{ id: string }>('POST', '/api/v1/patients', { person_id: customer.id });
  const apiKey = await asB<{ id: string }>('POST', '/api/v1/api-keys', { name: 'B key', permissions: ['orders:read'] });
  const catalogEntry = await asB<{ id: string }>('POST', '/api/v1/clinical-catalogs/entries', {
    catalog: 'procedure',
    name: 'Procedimento de B',
  });
  const professional = await asB<{ id: string }>('POST', '/api/v1/agenda/professionals', { name: 'Dra. B' });
  const room = await asB<{ id: string }>('POST', '/api/v1/agenda/resources', { name: 'Sala B' });
  const service = await asB<{ id: string }>('POST', '/api/v1/agenda/services', {
    name: 'Consulta B',
    duration_minutes: 30,
    professional_ids: [professional.id],
    resource_ids: [room.id],
  });
  let rule = { id: '' };
  for (const [kind, id] of [
    ['professional', professional.id],
    ['resource', room.id],
  ])
    rule = await asB<{ id: string }>('POST', '/api/v1/agenda/availability-rules', {
      owner_kind: kind,
      owner_id: id,
      weekday: 1,
      start: '00:00',
      end: '24:00',
    });
  const exception = await asB<{ id: string }>('POST', '/api/v1/agenda/availability-exceptions', {
    kind: 'closed',
    starts_at: '2030-12-25T00:00:00Z',
    ends_at: '2030-12-26T00:00:00Z',
  });
  const appointment = await asB<{ id: string }>('POST', '/api/v1/agenda/appointments', {
    service_id: service.id,
    professional_id: professional.id,
    resource_id: room.id,
    starts_at: '2030-01-07T10:00:00Z',
  });
  Object.assign(idsOfB, {
    'webhook-endpoints:endpoint_id': endpoint.id,
    'webhook-deliveries:delivery_id': delivery.id,
    'roles:role_id': role.id,
    'members:user_id': b.userId,
    'invitations:invitation_id': invitation.id,
    'api-keys:api_key_id': apiKey.id,
    'orders:order_id': order.id,
    'payments:payment_id': payment.id,
    'customers:id': customer.id,
    'customers:phone': phone,
    'products:id': product.id,
    'products:variantId': variantId,
    'products:jobId': job.id,
    'stock:variantId': variantId,
    'stock:id': reservation.id,
    'customers:customer_id': customer.id,
    'customers:address_id': address.id,
    'products:product_id': product.id,
    'products:variant_id': variantId,
    'products:job_id': job.id,
    'stock:variant_id': variantId,
    'stock:reservation_id': reservation.id,
    'categories:category_id': category.id,
    'people:person_id': customer.id,
    'people:document_id': document.id,
    'people:type': 'cpf',
    'people:number': document.number,
    'patients:patient_id': patient.id,
    'clinical-catalogs:entry_id': catalogEntry.id,
    'agenda:professional_id': professional.id,
    'agenda:resource_id': room.id,
    'agenda:service_id': service.id,
    'agenda:rule_id': rule.id,
    'agenda:exception_id': exception.id,
    'agenda:appointment_id': appointment.id,
  });
});
afterAll(async () => {
  await app?.dispose();
});

describe('cross-workspace matrix over every module route', () => {
  it("every operation addressed with B's ids from A's workspace answers 404", async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const checked: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      if (
        !path.startsWith('/api/v1/') ||
        !path.includes('{') ||
        path.startsWith('/api/v1/workspaces/') ||
        path.startsWith('/api/v1/system/')
      )
        continue;
      const resource = path.split('/')[3] as string;
      const url = path.replace(/\{(\w+)\}/g, (_m, name: string) => {
        const id = idsOfB[`${resource}:${name}`];
        if (!id) throw new Error(`No id of workspace B for {${name}} in ${path}: add one to idsOfB`);
        return encodeURIComponent(id);
      });
      for (const [method, operation] of Object.entries(operations)) {
        const example = operation.requestBody?.content?.['application/json']?.schema?.example;
        const upload = UPLOADS.has(path) ? multipart() : null;
        const res = await app.inject({
          method: method.toUpperCase() as Method,
          url,
          headers: {
            ...a.headers,
            'idempotency-key': randomUUID(),
            ...(upload ? { 'content-type': upload.contentType } : {}),
          },
          ...(upload ? { payload: upload.payload } : example === undefined ? {} : { payload: example as object }),
        });
        expect(res.statusCode, `${method.toUpperCase()} ${path}: ${res.body}`).toBe(404);
        checked.push(`${method} ${path}`);
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(15);
  });

  it("B's records are still there and unchanged for B", async () => {
    const customer = await asB<{ name: string }>('GET', `/api/v1/customers/${idsOfB['customers:id']}`);
    expect(customer.name).toBe('Beatriz');
    const product = await asB<{ status: string }>('GET', `/api/v1/products/${idsOfB['products:id']}`);
    expect(product.status).not.toBe('deleted');
  });
});
