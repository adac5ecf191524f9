import { getPeople } from '@nexova/customers';
import { type TxContext, withTransaction } from '@nexova/db';
import type { EventEnvelope } from '@nexova/events';
import { getOrder } from '@nexova/orders';
import { getWorkspace, getWorkspaceSettings } from '@nexova/tenancy';
import { customerMail, type OrderKind } from '../domain/customer-messages';
import { localeOf, money } from '../domain/messages';
import { reachCustomer } from './reach-customer';

export type NotifyCustomerInput = { event: EventEnvelope };

const KIND_OF: Record<string, OrderKind> = {
  'orders.order.confirmed': 'order_confirmed',
  'orders.order.shipped': 'order_shipped',
};

// orders.order.confirmed (paid, stock committed) and orders.order.shipped: the order's customer is
// told in the workspace's language — over WhatsApp (a template) when they have a conversation on an
// active channel, by e-mail when they have an address — as the workspace's switches say. Queued in
// the consumer's transaction, sent by the workers after commit; once per event. Returns how many
// notices were queued.
export async function notifyCustomer({ ctx, input }: { ctx: TxContext; input: NotifyCustomerInput }): Promise<number> {
  const { event } = input;
  const kind = KIND_OF[event.type];
  if (!kind || !event.workspace_id) return 0;
  const orderId = (event.payload as { order_id?: unknown }).order_id;
  if (typeof orderId !== 'string') return 0;
  return withTransaction(ctx, async (t) => {
    const order = await getOrder({ ctx: t, input: { orderId } }).catch(() => null);
    if (!order?.customer_id) return 0;
    const person = (await getPeople({ ctx: t, input: { personIds: [order.customer_id] } })).get(order.customer_id);
    if (!person) return 0;
    const [business, workspace] = [await getWorkspaceSettings({ ctx: t }), await getWorkspace({ ctx: t })];
    const locale = localeOf(business.locale);
    const facts = {
      name: person.name,
      number: order.number,
      total: order.total,
      currency: order.currency,
      business: workspace.name,
    };
    const mail = person.email ? { to: person.email, ...customerMail(kind, facts, locale) } : null;
    const number = `#${order.number}`;
    const parameters =
      kind === 'order_confirmed'
        ? [person.name, number, money(order.total, order.currency, locale)]
        : [person.name, number];
    const reached = await reachCustomer({
      ctx: t,
      input: { personId: person.id, kind, sourceId: event.id, parameters, mail },
    });
    return Number(reached.whatsapp) + Number(reached.email);
  });
}
