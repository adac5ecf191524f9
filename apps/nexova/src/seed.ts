import { seedDemoCatalog } from '@nexova/catalog';
import { seedDemoCustomers } from '@nexova/customers';
import type { AppContext } from '@nexova/db';
import { seedDemoOrders } from '@nexova/orders';
import { seedDemo } from '@nexova/tenancy';

/** A module's idempotent demo-data step; returns lines worth printing (credentials, ids). */
export type Seeder = { name: string; run(ctx: AppContext): Promise<string[]> };

/** Seeders that fill the demo workspace; they run as its owner, inside its workspace context. */
export const seeders: Seeder[] = [
  { name: 'catalog', run: (ctx) => seedDemoCatalog({ ctx }) },
  { name: 'customers', run: (ctx) => seedDemoCustomers({ ctx }) },
  { name: 'orders', run: (ctx) => seedDemoOrders({ ctx }) },
];

/** Creates the demo admin and workspace, then runs every module seeder in it; safe to repeat. */
export async function runSeeders(ctx: AppContext): Promise<string[]> {
  const demo = await seedDemo(ctx);
  const lines = [...demo.lines];
  if (!demo.context) return lines;
  for (const seeder of seeders) lines.push(...(await seeder.run(demo.context)));
  return lines;
}
