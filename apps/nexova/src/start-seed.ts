import type { AppContext, DataDirState } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { DEMO_ADMIN_EMAIL, getWorkspace } from '@nexova/tenancy';
import type { Composition } from './modules';
import { runDemoSeed } from './seed';
import { BUILD_ID } from './version';

type Recorded = { build: string; seeds: string[]; userId: string; workspaceId: string };

/**
 * The demo seed as `nexova start` runs it. Every module's seed is idempotent but not cheap (a failed
 * insert per demo row, ~1.3 s of CPU on each start), so on an embedded folder this very compiled build
 * has seeded before (recorded in the folder), one read of the demo workspace replaces them. A new
 * build, another set of module seeds or a deleted demo workspace runs them all again; from the
 * sources (tsx, no build id) and on PostgreSQL (nothing recorded) they always run.
 */
export async function seedOnStart(
  ctx: AppContext,
  composition: Pick<Composition, 'seeds'>,
  state: DataDirState | undefined,
): Promise<string[]> {
  const seeds = composition.seeds.map((s) => s.name);
  const recorded = state?.read('demoSeed') as Recorded | undefined;
  if (BUILD_ID && recorded?.build === BUILD_ID && recorded.seeds.join() === seeds.join()) {
    const demo = await findDemoWorkspace(ctx, recorded);
    if (demo) {
      return [
        `Demo admin: ${DEMO_ADMIN_EMAIL} (password shown when it was created; reset it with forgot-password)`,
        `Demo workspace: ${demo.name} (${demo.id})`,
      ];
    }
  }
  const { lines, context } = await runDemoSeed(ctx, composition);
  if (BUILD_ID && context?.workspaceId && context.actor.type === 'user') {
    state?.write('demoSeed', { build: BUILD_ID, seeds, userId: context.actor.id, workspaceId: context.workspaceId });
  }
  return lines;
}

async function findDemoWorkspace(ctx: AppContext, recorded: Recorded) {
  const owner: AppContext = { ...ctx, actor: { type: 'user', id: recorded.userId }, workspaceId: recorded.workspaceId };
  try {
    return await getWorkspace({ ctx: owner });
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}
