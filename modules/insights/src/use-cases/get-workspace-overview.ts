import { countAgendaDay } from '@nexova/agenda';
import { countConversations } from '@nexova/conversations';
import { type AppContext, type TxContext, withTransaction, workspaceOf } from '@nexova/db';
import { hasPermission } from '@nexova/http';
import { countLowStock } from '@nexova/inventory';
import { countOrdersByStatus } from '@nexova/orders';
import { getWorkspaceSettings } from '@nexova/tenancy';
import { DateTime } from 'luxon';
import type { WorkspaceOverview } from '../contracts/overview';
import { checkoutTimes, hoursBetween } from '../db/figure-store';
import { heatmap, salesByDay } from '../domain/figures';

export type GetWorkspaceOverviewInput = { now: Date };

/** Weeks of orders the heatmap folds; days of sales listed (each with its 7-day moving average). */
const HEATMAP_WEEKS = 4;
const SALES_DAYS = 7;
const CHECKOUT_DAYS = 7;

// The workspace at a glance, in its time zone (the dashboard's Home): today's orders and sales, low
// stock, the orders heatmap, the sales trend and checkout times from the insights read model, today's
// agenda and the inbox. One transaction; a section the caller may not read, or of a module the
// workspace does not use, is null.
export async function getWorkspaceOverview({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: GetWorkspaceOverviewInput;
}): Promise<WorkspaceOverview> {
  const can = (permission: string) => hasPermission(ctx.permissions, permission);
  return withTransaction(ctx, async (t) => {
    const settings = await getWorkspaceSettings({ ctx: t });
    const start = DateTime.fromJSDate(input.now, { zone: settings.timezone }).startOf('day');
    const day = { start, end: start.plus({ days: 1 }), date: start.toISODate() as string };
    const uses = (m: string) => settings.modules.includes(m as never);
    return {
      workspace_id: workspaceOf(t),
      generated_at: input.now,
      timezone: settings.timezone,
      date: day.date,
      shop: uses('shop') && can('orders:read') ? await shopOf(t, day, settings.timezone, input.now, can) : null,
      clinic:
        uses('clinic') && can('appointments:read')
          ? await countAgendaDay({
              ctx: t,
              input: { from: day.start.toJSDate(), to: day.end.toJSDate(), day: day.date },
            })
          : null,
      inbox: can('conversations:read') ? await countConversations({ ctx: t }) : null,
    };
  });
}

type Day = { start: DateTime; end: DateTime; date: string };

async function shopOf(t: TxContext, day: Day, tz: string, now: Date, can: (p: string) => boolean) {
  const hours = await hoursBetween(t, day.end.minus({ weeks: HEATMAP_WEEKS }).toJSDate(), day.end.toJSDate());
  const sales = can('payments:read') ? salesByDay(hours, tz, day.date, SALES_DAYS) : null;
  return {
    orders_today: await countOrdersByStatus({
      ctx: t,
      input: { createdFrom: day.start.toJSDate(), createdTo: day.end.toJSDate() },
    }),
    sales_today:
      sales?.filter((s) => s.date === day.date).map(({ currency, amount_minor }) => ({ currency, amount_minor })) ??
      null,
    sales_by_day: sales,
    low_stock: can('stock:read') ? await countLowStock({ ctx: t }) : null,
    orders_heatmap: { weeks: HEATMAP_WEEKS, cells: heatmap(hours, tz) },
    checkout_time: await checkoutTimes(t, new Date(now.getTime() - CHECKOUT_DAYS * 86_400_000)),
  };
}
