import { findSellableVariants } from '@nexova/catalog';
import { notifyAfterCommit, onceInTransaction, type TxContext, withTransaction } from '@nexova/db';
import { type EventEnvelope, publish } from '@nexova/events';
import { newId } from '@nexova/kernel';
import { getOrder } from '@nexova/orders';
import { getWorkspaceSettings, listMembersWithPermission } from '@nexova/tenancy';
import { notificationCreated } from '../contracts/events/notification-events.v1';
import { insertItems, unreadCounts } from '../db/item-store';
import { insertMails } from '../db/mail-store';
import { findPreferences, findSettings } from '../db/switch-store';
import { type Notice, noticeOf, type Params } from '../domain/kind-rules';
import { localeOf, render } from '../domain/messages';
import { memberGets, workspaceSwitches } from '../domain/switches';
import { NOTIFICATIONS_MAIL_CHANNEL } from '../sender/channel';

export type NotifyStaffInput = { event: EventEnvelope; recipientsMax: number };

// Tells the members concerned by an event (those whose role holds its kind's permission, and who
// have the kind on for a channel, the workspace's switches first): one feed row each (announced
// live by notifications.item.created) and one queued e-mail each, in the consumer's transaction.
// Nothing is sent here: the mail worker sends after commit. Once per event and member: a
// redelivered event finds its rows and adds nothing.
export async function notifyStaff({
  ctx,
  input,
}: {
  ctx: TxContext;
  input: NotifyStaffInput;
}): Promise<{ items: number; mails: number }> {
  const notice = noticeOf(input.event);
  if (!notice || !input.event.workspace_id) return { items: 0, mails: 0 };
  return withTransaction(ctx, async (t) => {
    // Read once per consumer batch and workspace (onceInTransaction): a burst of orders is one read.
    const settings = await onceInTransaction(t, 'notifications.settings', () => findSettings(t));
    const ws = workspaceSwitches(settings?.channels ?? null);
    if (!ws[notice.kind].in_app && !ws[notice.kind].email) return { items: 0, mails: 0 };
    // Nobody is told about what they did themselves (the member who placed the order, booked the
    // appointment, seeded the demo): their own actions are not news to them.
    const actor = input.event.actor;
    const members = (
      await onceInTransaction(t, `tenancy.members:${notice.permission}:${input.recipientsMax}`, () =>
        listMembersWithPermission({ ctx: t, input: { permission: notice.permission, limit: input.recipientsMax } }),
      )
    ).filter((m) => !(actor?.type === 'user' && actor.id === m.user_id));
    if (members.length === 0) return { items: 0, mails: 0 };
    const prefs = await findPreferences(
      t,
      members.map((m) => m.user_id),
    );
    const gets = (userId: string, channel: 'in_app' | 'email') =>
      memberGets(ws, prefs.get(userId)?.channels ?? null, notice.kind, channel);
    const params = await withFacts(t, notice);
    const created = await insertItems(
      t,
      members
        .filter((m) => gets(m.user_id, 'in_app'))
        .map((m) => ({
          id: newId(),
          userId: m.user_id,
          kind: notice.kind,
          params,
          sourceEventId: input.event.id,
          sourceEventType: input.event.type,
        })),
    );
    const counts = await unreadCounts(
      t,
      created.map((i) => i.userId),
    );
    for (const item of created) {
      await publish(t, notificationCreated, {
        aggregateId: item.id,
        payload: {
          notification_id: item.id,
          user_id: item.userId,
          kind: notice.kind,
          unread_count: counts.get(item.userId) ?? 0,
        },
      });
    }
    const mailTo = members.filter((m) => gets(m.user_id, 'email'));
    let mails = 0;
    if (mailTo.length > 0) {
      const business = await getWorkspaceSettings({ ctx: t });
      mails = await insertMails(
        t,
        mailTo.map((m) => {
          const text = render(
            notice.kind,
            params,
            localeOf(prefs.get(m.user_id)?.locale ?? business.locale),
            business.timezone,
          );
          return {
            audience: 'member' as const,
            recipientId: m.user_id,
            kind: notice.kind,
            sourceEventId: input.event.id,
            recipient: m.email,
            subject: text.title,
            body: `${text.body}\n`,
          };
        }),
        new Date(),
      );
      if (mails > 0) await notifyAfterCommit(t.tx, NOTIFICATIONS_MAIL_CHANNEL);
    }
    return { items: created.length, mails };
  });
}

/** The notice's facts plus what other modules know (an order's number, a variant's name), read through their doors. */
async function withFacts(t: TxContext, notice: Notice): Promise<Params> {
  const params = { ...notice.params };
  if (typeof params.order_id === 'string' && params.number == null) {
    const order = await getOrder({ ctx: t, input: { orderId: params.order_id } }).catch(() => null);
    if (order) params.number = order.number;
  }
  if (typeof params.variant_id === 'string') {
    const found = await findSellableVariants({ ctx: t, input: { variantIds: [params.variant_id] } });
    const variant = [...found.values()][0];
    if (variant) Object.assign(params, { product: variant.name, sku: variant.sku });
  }
  return params;
}
