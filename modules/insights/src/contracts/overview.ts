import { z } from 'zod';

// GET /workspaces/{workspace_id}/overview: the workspace at a glance (house rule 8: the schema is the doc).

const counts = (what: string) =>
  z.record(z.string(), z.number().int()).describe(`${what}, by status (statuses with none are left out).`);

const money = z.object({ currency: z.string(), amount_minor: z.number().int() });

const shop = z
  .object({
    orders_today: counts('Orders created today (local day)'),
    sales_today: z
      .array(money)
      .nullable()
      .describe(
        'Money registered today, less money voided or refunded today, per currency; null without payments:read.',
      ),
    sales_by_day: z
      .array(
        money.extend({
          date: z.string().describe('Local date, YYYY-MM-DD.'),
          moving_average_7d_minor: z.number().int().describe('Mean of the 7 days ending on this date.'),
        }),
      )
      .nullable()
      .describe('The last 7 days per currency, oldest first; null without payments:read.'),
    low_stock: z
      .number()
      .int()
      .nullable()
      .describe('Variants at or below their low-stock threshold (GET /stock?low=true); null without stock:read.'),
    orders_heatmap: z.object({
      weeks: z.number().int().describe('How many weeks back it counts (to the end of today).'),
      cells: z
        .array(z.array(z.number().int()).length(24))
        .length(7)
        .describe('Orders placed per local weekday (0 = Monday … 6 = Sunday) × hour (0–23).'),
    }),
    checkout_time: z
      .object({
        samples: z.number().int(),
        p50_ms: z.number().int().nullable(),
        p95_ms: z.number().int().nullable(),
      })
      .describe('Checkouts completed in the last 7 days: submit → paid and confirmed, in milliseconds.'),
  })
  .nullable()
  .describe('The shop; null when the workspace does not use it or the caller lacks orders:read.');

const clinic = z
  .object({
    appointments: counts('Appointments starting today (held slots as `held`)'),
    queue: counts('Reception queue entries of today'),
  })
  .nullable()
  .describe('Today in the clinic; null when the workspace does not use it or the caller lacks appointments:read.');

const inbox = z
  .object({
    open: z.number().int().describe('Conversations not resolved.'),
    handled_by_member: z.number().int().describe('Of those, taken over by a member.'),
    awaiting_handoff: z.number().int().describe('Of those, waiting for a member to take them.'),
    unread: z.number().int().describe('Of those, with messages no member has read.'),
  })
  .nullable()
  .describe('The WhatsApp inbox; null without conversations:read.');

export const workspaceOverviewSchema = z
  .object({
    workspace_id: z.uuid(),
    generated_at: z.date().describe('When these figures were read.'),
    timezone: z.string().describe('The workspace time zone every "today" and hour is in.'),
    date: z.string().describe('Today in that time zone, YYYY-MM-DD.'),
    shop,
    clinic,
    inbox,
  })
  .meta({
    example: {
      workspace_id: '0190f1c2-7d3a-7b41-9e4c-000000000001',
      generated_at: '2026-11-27T15:04:05.000Z',
      timezone: 'America/Sao_Paulo',
      date: '2026-11-27',
      shop: {
        orders_today: { draft: 2, pending: 1, confirmed: 5 },
        sales_today: [{ currency: 'BRL', amount_minor: 48900 }],
        sales_by_day: [{ date: '2026-11-27', currency: 'BRL', amount_minor: 48900, moving_average_7d_minor: 35214 }],
        low_stock: 3,
        orders_heatmap: { weeks: 4, cells: Array.from({ length: 7 }, () => new Array(24).fill(0)) },
        checkout_time: { samples: 42, p50_ms: 180, p95_ms: 420 },
      },
      clinic: { appointments: { booked: 6, confirmed: 4, checked_in: 1 }, queue: { waiting: 2 } },
      inbox: { open: 12, handled_by_member: 2, awaiting_handoff: 1, unread: 4 },
    },
  });

export type WorkspaceOverview = z.infer<typeof workspaceOverviewSchema>;
