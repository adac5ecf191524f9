import { z } from 'zod';

// What staff are told about, and how. A kind is switched per channel by the workspace (settings) and
// by each member (preferences). A new kind: add it here, its rule in domain/kind-rules.ts, its text
// in domain/messages.ts.
export const NOTIFICATION_KINDS = [
  'stock_low',
  'order_placed',
  'order_paid',
  'payment_failed',
  'appointment_booked',
  'appointment_canceled',
  'handoff_requested',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const notificationKindSchema = z.enum(NOTIFICATION_KINDS).describe('What the notification is about.');

export const NOTIFICATION_CHANNELS = ['in_app', 'email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** Which channels each kind uses while nobody switched it: the feed always, e-mail where it warrants one. */
export const DEFAULT_CHANNELS: Record<NotificationKind, Record<NotificationChannel, boolean>> = {
  stock_low: { in_app: true, email: true },
  order_placed: { in_app: true, email: false },
  order_paid: { in_app: true, email: true },
  payment_failed: { in_app: true, email: true },
  appointment_booked: { in_app: true, email: false },
  appointment_canceled: { in_app: true, email: true },
  // A customer waiting for a person: by mail too, for a team not watching the inbox.
  handoff_requested: { in_app: true, email: true },
};

/**
 * What customers are told: by WhatsApp (a template on the conversation they have with the business)
 * and by e-mail (when they have an address), switched by the workspace only.
 */
export const CUSTOMER_KINDS = [
  'order_confirmed',
  'order_shipped',
  'appointment_booked',
  'appointment_reminder',
] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

/**
 * A customer kind's switches: e-mail, WhatsApp, whether the e-mail still goes when the WhatsApp
 * message went (false: WhatsApp instead of e-mail), and the WhatsApp template's name as approved at
 * the provider (its language follows the workspace's: es, pt_BR, en).
 */
export type CustomerSwitch = { email: boolean; whatsapp: boolean; email_with_whatsapp: boolean; template: string };

export const DEFAULT_CUSTOMER_CHANNELS: Record<CustomerKind, CustomerSwitch> = {
  order_confirmed: { email: true, whatsapp: true, email_with_whatsapp: false, template: 'nexova_order_confirmed' },
  order_shipped: { email: true, whatsapp: true, email_with_whatsapp: false, template: 'nexova_order_shipped' },
  appointment_booked: {
    email: true,
    whatsapp: true,
    email_with_whatsapp: false,
    template: 'nexova_appointment_booked',
  },
  appointment_reminder: {
    email: true,
    whatsapp: true,
    email_with_whatsapp: false,
    template: 'nexova_appointment_reminder',
  },
};
