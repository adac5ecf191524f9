import type { NotificationKind } from '../contracts/kinds';

/** The facts a notification's title and body are written from (kept on the row, rendered at read time). */
export type Params = Record<string, string | number | null>;

/** What one event means for staff: its kind, the permission a member needs to be told, its facts. */
export type Notice = { kind: NotificationKind; permission: string; params: Params };

type Event = { type: string; payload: unknown };

// Which events tell staff what (pure: the use-case adds facts other modules hold, like an order's
// number). Null: nothing to say.
export function noticeOf(event: Event): Notice | null {
  const p = event.payload as Record<string, unknown>;
  switch (event.type) {
    case 'inventory.stock.low':
      return {
        kind: 'stock_low',
        permission: 'stock:read',
        params: { variant_id: str(p.variant_id), available: num(p.available), threshold: num(p.threshold) },
      };
    case 'orders.order.placed':
      return {
        kind: 'order_placed',
        permission: 'orders:read',
        params: { order_id: str(p.order_id), number: num(p.number), total: num(p.total), currency: str(p.currency) },
      };
    case 'payments.payment.registered':
      if (p.order_paid !== true) return null; // a partial payment: the order is not paid yet
      return {
        kind: 'order_paid',
        permission: 'orders:read',
        params: { order_id: str(p.order_id), amount: num(p.paid), currency: str(p.currency) },
      };
    case 'payments.intent.failed':
      return {
        kind: 'payment_failed',
        permission: 'payments:read',
        params: {
          order_id: str(p.order_id),
          amount: num(p.amount),
          currency: str(p.currency),
          reason: str(p.failure_reason),
        },
      };
    case 'agenda.appointment.booked':
    case 'agenda.appointment.canceled':
      return {
        kind: event.type === 'agenda.appointment.booked' ? 'appointment_booked' : 'appointment_canceled',
        permission: 'appointments:read',
        params: { appointment_id: str(p.appointment_id), starts_at: str(p.starts_at) },
      };
    case 'conversations.handoff.requested': {
      const handoff = (p.handoff ?? {}) as Record<string, unknown>;
      return {
        kind: 'handoff_requested',
        permission: 'conversations:read',
        params: {
          conversation_id: str(handoff.conversation_id),
          reason: str(handoff.reason),
          source: str(handoff.source),
        },
      };
    }
    default:
      return null;
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
