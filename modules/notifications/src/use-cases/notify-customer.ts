import { getPeople } from '@nexova/customers';
import { notifyAfterCommit, type TxContext, withTransaction } from '@nexova/db';
import type { EventEnvelope } from '@nexova/events';
import { getOrder } from '@nexova/orders';
import { getWorkspace, getWorkspaceSettings } from '@nexova/tenancy';
import { insertMails } from '../db/mail-store';
import { findSettings } from '../db/switch-store';
import { customerMail } from '../domain/customer-messages';
import { localeOf } from '../domain/messages';
import { customerSwitches } from '../domain/switches';
import { NOTIFICATIONS_MAIL_CHANNEL } from '../sender/channel';

export type NotifyCustomerInput = { event: EventEnvelope };

// orders.order.confirmed (paid, stock committed): the order's customer gets an e-mail in the
// workspace's language when they have an address and the workspace did not turn it off. Queued in
// the consumer's transaction, sent by the mail worker; once per event. Returns how many were queued.
export async function notifyCustomer({ ctx, input }: { ctx: TxContext; input: NotifyCustomerInput }): Promise<number> {
  const { event } = input;
  if (event.type !== 'orders.order.confirmed' || !event.workspace_id) return 0;
  const orderId = (event.payload as { order_id?: unknown }).order_id;
  if (typeof orderId !== 'string') return 0;
  return withTransaction(ctx, async (t) => {
    if (!customerSwitches((await findSettings(t))?.customerChannels ?? null).order_confirmed.email) return 0;
    const order = await getOrder({ ctx: t, input: { orderId } }).catch(() => null);
    if (!order?.customer_id) return 0;
    const person = (await getPeople({ ctx: t, input: { personIds: [order.customer_id] } })).get(order.customer_id);
    if (!person?.email) return 0;
    const [business, workspace] = [await getWorkspaceSettings({ ctx: t }), await getWorkspace({ ctx: t })];
    const mail = customerMail(
      'order_confirmed',
      {
        name: person.name,
        number: order.number,
        total: order.total,
        currency: order.currency,
        business: workspace.name,
      },
      localeOf(business.locale),
    );
    const queued = await insertMails(
      t,
      [
        {
          audience: 'customer',
          recipientId: person.id,
          kind: 'order_confirmed',
          sourceEventId: event.id,
          recipient: person.email,
          subject: mail.subject,
          body: mail.text,
        },
      ],
      new Date(),
    );
    if (queued > 0) await notifyAfterCommit(t.tx, NOTIFICATIONS_MAIL_CHANNEL);
    return queued;
  });
}
