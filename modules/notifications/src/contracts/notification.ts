import { z } from 'zod';
import { CUSTOMER_KINDS, DEFAULT_CUSTOMER_CHANNELS, NOTIFICATION_KINDS, notificationKindSchema } from './kinds';

// A member's notifications as the API shows them: title and body in the reader's language.

export const notificationSchema = z
  .object({
    id: z.string().uuid(),
    kind: notificationKindSchema,
    title: z.string().describe("In the member's language (their preference, else the workspace's)."),
    body: z.string(),
    params: z
      .record(z.string(), z.union([z.string(), z.number(), z.null()]))
      .describe('The facts the title and body are written from (order_id, number, amount, currency, starts_at…).'),
    source_event_id: z.string().uuid().describe('The event it came from.'),
    source_event_type: z.string(),
    read_at: z.string().nullable(),
    created_at: z.string(),
  })
  .meta({
    example: {
      id: '019300a0-0000-7000-8000-000000000001',
      kind: 'order_paid',
      title: 'Pedido #1042 pagado',
      body: 'El pedido #1042 está pagado ($ 125.000).',
      params: { order_id: '019300a0-0000-7000-8000-0000000000aa', number: 1042, amount: 12_500_000, currency: 'COP' },
      source_event_id: '019300a0-0000-7000-8000-0000000000ee',
      source_event_type: 'payments.payment.registered',
      read_at: null,
      created_at: '2026-11-28T12:00:00.000Z',
    },
  });
export type NotificationView = z.infer<typeof notificationSchema>;

const channelSwitch = z.object({
  in_app: z.boolean().describe('The in-app feed (and its live count on /ws).'),
  email: z.boolean().describe("E-mail to the member's address."),
});
const partialSwitch = channelSwitch.partial();

const kindShape = <T extends z.ZodType>(value: T) =>
  z.object(
    Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, value])) as Record<(typeof NOTIFICATION_KINDS)[number], T>,
  );
const customerSwitch = z.object({
  email: z.boolean().describe("E-mail to the customer's address, when they have one."),
  whatsapp: z
    .boolean()
    .describe('A WhatsApp template on the conversation the customer has with the business (on an active channel).'),
  email_with_whatsapp: z
    .boolean()
    .describe('false: the e-mail goes only to customers WhatsApp did not reach (instead of); true: both.'),
  template: z
    .string()
    .regex(/^[a-z0-9_]{1,512}$/)
    .describe(
      "The WhatsApp template's name as approved at the provider, registered per language (es, pt_BR, en: the workspace's).",
    ),
});
const customerShape = <T extends z.ZodType>(value: T) =>
  z.object(Object.fromEntries(CUSTOMER_KINDS.map((k) => [k, value])) as Record<(typeof CUSTOMER_KINDS)[number], T>);

export const settingsSchema = z
  .object({
    kinds: kindShape(channelSwitch).describe('Per kind, which channels go out to staff in this workspace.'),
    customer_kinds: customerShape(customerSwitch).describe(
      'Per customer-facing kind (order_confirmed, order_shipped, appointment_reminder), how customers are told.',
    ),
    version: z.number().int().describe('0 until the settings are first written.'),
    updated_at: z.string().nullable(),
  })
  .meta({
    example: {
      kinds: Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, { in_app: true, email: k !== 'order_placed' }])),
      customer_kinds: Object.fromEntries(
        CUSTOMER_KINDS.map((k) => [
          k,
          { email: true, whatsapp: true, email_with_whatsapp: false, template: DEFAULT_CUSTOMER_CHANNELS[k].template },
        ]),
      ),
      version: 2,
      updated_at: '2026-11-28T12:00:00.000Z',
    },
  });
export type NotificationSettingsView = z.infer<typeof settingsSchema>;

export const settingsBody = z
  .object({
    kinds: kindShape(partialSwitch.optional())
      .partial()
      .optional()
      .describe('Only the kinds and channels named change; the others keep their value.'),
    customer_kinds: customerShape(customerSwitch.partial().optional())
      .partial()
      .optional()
      .describe('Only the customer kinds and fields named change.'),
  })
  .meta({
    example: {
      kinds: { order_placed: { email: true }, stock_low: { in_app: false } },
      customer_kinds: { order_confirmed: { email: false }, order_shipped: { template: 'pedido_enviado' } },
    },
  });

export const preferencesSchema = z
  .object({
    kinds: kindShape(channelSwitch).describe(
      'Per kind, what this member gets: on where the workspace has it on and the member did not turn it off.',
    ),
    muted: kindShape(partialSwitch).describe('What the member turned off themselves (false = off).'),
    locale: z.enum(['es', 'pt-BR', 'en']).nullable().describe("The member's language; null: the workspace's."),
    version: z.number().int().describe('0 until the preferences are first written.'),
    updated_at: z.string().nullable(),
  })
  .meta({
    example: {
      kinds: Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, { in_app: true, email: k === 'payment_failed' }])),
      muted: Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k === 'payment_failed' ? {} : { email: false }])),
      locale: 'pt-BR',
      version: 1,
      updated_at: '2026-11-28T12:00:00.000Z',
    },
  });
export type NotificationPreferencesView = z.infer<typeof preferencesSchema>;

export const preferencesBody = z
  .object({
    kinds: kindShape(partialSwitch.optional())
      .partial()
      .optional()
      .describe(
        'Turn a channel of a kind off (false) or back on (true); a member cannot turn on what the workspace turned off.',
      ),
    locale: z.enum(['es', 'pt-BR', 'en']).nullable().optional().describe('null: back to the workspace language.'),
  })
  .meta({ example: { kinds: { order_placed: { in_app: false } }, locale: 'es' } });
