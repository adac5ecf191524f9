import { createHmac, randomUUID } from 'node:crypto';
import type { TestApp } from '@nexova/app';
import { conversationsModule } from '@nexova/conversations';
import { createEmbeddedTransport } from '@nexova/events';
import { systemContext } from '@nexova/kernel';
import { staffNotificationsConsumer } from '@nexova/notifications';
import { requestPayment } from '@nexova/payments';
import type { TestWorkspace } from '@nexova/tenancy/testing';

// Workspace B's records of every kind the cross-workspace matrix addresses (tenant-isolation.int.test.ts):
// one of each, made through B's own routes (and, where no route makes one, the use-case a worker runs).

export type Records = Record<string, string | undefined>;
export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** Calls the app as workspace `ws` (its member's headers, a fresh Idempotency-Key); throws on ≥ 300. */
export const callerOf =
  (app: TestApp, ws: TestWorkspace) =>
  async <T>(method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<T> => {
    const res = await app.inject({
      method,
      url,
      headers: { ...ws.headers, 'idempotency-key': randomUUID(), ...headers },
      ...(payload === undefined ? {} : { payload: payload as string }),
    });
    if (res.statusCode >= 300) throw new Error(`${method} ${url} → ${res.statusCode} ${res.body}`);
    return res.json() as T;
  };

/** Makes B's records and returns their ids keyed `<resource>:<path parameter>`. */
export async function recordsOf(app: TestApp, b: TestWorkspace): Promise<Records> {
  const asB = callerOf(app, b);
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
  const auditExport = await asB<{ id: string }>('POST', '/api/v1/audit/exports', { format: 'json' });
  const personExport = await asB<{ id: string }>('POST', `/api/v1/people/${customer.id}/exports`);
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
  const series = await asB<{ id: string }>('POST', '/api/v1/agenda/appointment-series', {
    service_id: service.id,
    professional_id: professional.id,
    resource_id: room.id,
    patient_id: patient.id,
    starts_at: '2030-01-14T11:00:00Z',
    rrule: 'FREQ=WEEKLY;COUNT=2',
  });
  const queueEntry = await asB<{ id: string }>('POST', '/api/v1/agenda/queue', {
    name: 'Walk-in B',
    professional_id: professional.id,
  });
  const invoice = await asB<{ id: string }>('POST', '/api/v1/invoices', {
    patient_id: patient.id,
    lines: [{ description: 'Consulta B', unit_price: 5000 }],
  });
  await asB('POST', `/api/v1/invoices/${invoice.id}/issue`);
  const invoicePayment = await asB<{ id: string }>('POST', `/api/v1/invoices/${invoice.id}/payments`, {
    amount: 1000,
    method: 'cash',
  });
  // A WhatsApp conversation of B: a Meta channel, a signed webhook, the inbound consumer drained.
  const channel = await asB<{ id: string }>('POST', '/api/v1/channels', {
    kind: 'meta',
    name: 'WhatsApp B',
    settings: { phone_number_id: '106540352242922' },
    credentials: { access_token: 'token-b', app_secret: 'secret-b', verify_token: 'verify-b' },
  });
  const hook = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        changes: [
          {
            field: 'messages',
            value: {
              messages: [
                {
                  from: '5511987654321',
                  id: 'wamid.B1',
                  timestamp: String(Math.floor(Date.now() / 1000)),
                  type: 'text',
                  text: { body: 'oi' },
                },
              ],
            },
          },
        ],
      },
    ],
  });
  const signed = await app.inject({
    method: 'POST',
    url: `/api/v1/webhooks/meta/${channel.id}`,
    headers: {
      'content-type': 'application/json',
      'x-hub-signature-256': `sha256=${createHmac('sha256', 'secret-b').update(hook).digest('hex')}`,
    },
    payload: hook,
  });
  if (signed.statusCode !== 200) throw new Error(`webhook: ${signed.statusCode} ${signed.body}`);
  await createEmbeddedTransport({ database: app.database, consumers: conversationsModule.consumers ?? [] }).drain();
  const conversations = await asB<{ items: { id: string }[] }>('GET', '/api/v1/conversations');
  // An order placed by B's integration (an API key) tells B's owner: a notification of B. (One B's
  // owner placed would not: members are not told about their own actions.)
  const integration = await asB<{ key: string }>('POST', '/api/v1/api-keys', { name: 'B shop', permissions: ['*'] });
  await asB(
    'POST',
    '/api/v1/orders',
    { lines: [{ variant_id: variantId, quantity: 1 }] },
    {
      authorization: `Bearer ${integration.key}`,
    },
  );
  const notify = staffNotificationsConsumer({ recipientsMax: 10 });
  await createEmbeddedTransport({ database: app.database, consumers: [notify] }).drain();
  const notifications = await asB<{ items: { id: string }[] }>('GET', '/api/v1/notifications');
  return {
    'notifications:notification_id': notifications.items[0]?.id,
    'channels:channel_id': channel.id,
    'conversations:conversation_id': conversations.items[0]?.id,
    'agenda:series_id': series.id,
    'agenda:entry_id': queueEntry.id,
    'invoices:invoice_id': invoice.id,
    'invoices:payment_id': invoicePayment.id,
    'webhook-endpoints:endpoint_id': endpoint.id,
    'webhook-deliveries:delivery_id': delivery.id,
    'roles:role_id': role.id,
    'audit:export_id': auditExport.id,
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
    'people:purpose': 'marketing_whatsapp',
    'people:export_id': personExport.id,
    'patients:patient_id': patient.id,
    'clinical-catalogs:entry_id': catalogEntry.id,
    'agenda:professional_id': professional.id,
    'agenda:resource_id': room.id,
    'agenda:service_id': service.id,
    'agenda:rule_id': rule.id,
    'agenda:exception_id': exception.id,
    'agenda:appointment_id': appointment.id,
  };
}
