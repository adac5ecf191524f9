import type { AppContext } from '@nexova/db';
import { seedDemo } from '@nexova/tenancy';
import type { Composition } from './modules';

/** Creates the demo admin and workspace, then runs every module's seed in it (module order); safe to repeat. */
export async function runSeeders(ctx: AppContext, composition: Pick<Composition, 'seeds'>): Promise<string[]> {
  return (await runDemoSeed(ctx, composition)).lines;
}

/** runSeeders, also answering the demo workspace's owner context (null when the slug is someone else's). */
export async function runDemoSeed(
  ctx: AppContext,
  composition: Pick<Composition, 'seeds'>,
): Promise<{ lines: string[]; context: AppContext | null }> {
  const demo = await seedDemo(ctx);
  const lines = [...demo.lines];
  if (!demo.context) return { lines, context: null };
  for (const seed of composition.seeds) lines.push(...(await seed.run(demo.context)));
  return { lines, context: demo.context };
}
