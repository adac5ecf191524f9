import type { AppContext } from '@nexova/db';
import { seedDemo } from '@nexova/tenancy';
import type { Composition } from './modules';

/** Creates the demo admin and workspace, then runs every module's seed in it (module order); safe to repeat. */
export async function runSeeders(ctx: AppContext, composition: Pick<Composition, 'seeds'>): Promise<string[]> {
  const demo = await seedDemo(ctx);
  const lines = [...demo.lines];
  if (!demo.context) return lines;
  for (const seed of composition.seeds) lines.push(...(await seed.run(demo.context)));
  return lines;
}
