import type { AppContext } from '@nexova/db';
import { ensureUser } from '@nexova/identity';
import { ConflictError } from '@nexova/kernel';
import { createWorkspace } from './use-cases/create-workspace';
import { listMyWorkspaces } from './use-cases/list-my-workspaces';

export const DEMO_ADMIN_EMAIL = 'admin@nexova.local';
export const DEMO_WORKSPACE_SLUG = 'demo';

/**
 * Idempotent demo data: a platform-admin user and a "demo" workspace (shop + clinic) it owns.
 * The admin's password is random and printed only on the run that creates it; after that, use
 * forgot-password (the link lands in NEXOVA_DATA_DIR/mail without SMTP).
 */
export type DemoSeed = {
  lines: string[] /** The demo workspace's owner context, for module seeders. */;
  context: AppContext | null;
};

export async function seedDemo(ctx: AppContext): Promise<DemoSeed> {
  const { user, password } = await ensureUser({
    ctx,
    input: { email: DEMO_ADMIN_EMAIL, firstName: 'Demo', lastName: 'Admin', isPlatformAdmin: true },
  });
  const lines = [
    password
      ? `Demo admin created: ${user.email} / ${password} (shown only now; save it)`
      : `Demo admin: ${user.email} (password shown when it was created; reset it with forgot-password)`,
  ];
  const asAdmin: AppContext = { ...ctx, actor: { type: 'user', id: user.id } };
  const existing = await findMyWorkspace(asAdmin, DEMO_WORKSPACE_SLUG);
  const inside = (workspaceId: string): AppContext => ({ ...asAdmin, workspaceId });
  if (existing)
    return { lines: [...lines, `Demo workspace: ${existing.name} (${existing.id})`], context: inside(existing.id) };
  try {
    const workspace = await createWorkspace({
      ctx: asAdmin,
      input: {
        name: 'Nexova Demo',
        slug: DEMO_WORKSPACE_SLUG,
        settings: {
          default_currency: 'BRL',
          default_phone_region: 'BR',
          timezone: 'America/Sao_Paulo',
          locale: 'pt-BR',
          modules: ['shop', 'clinic'],
        },
      },
    });
    return {
      lines: [...lines, `Demo workspace created: ${workspace.name} (${workspace.id})`],
      context: inside(workspace.id),
    };
  } catch (error) {
    if (error instanceof ConflictError)
      return { lines: [...lines, 'Demo workspace: slug "demo" belongs to someone else; skipped'], context: null };
    throw error;
  }
}

/** The caller's workspace with this slug, looked for page by page. */
async function findMyWorkspace(ctx: AppContext, slug: string) {
  let cursor: string | undefined;
  do {
    const page = await listMyWorkspaces({ ctx, input: { limit: 100, cursor } });
    const found = page.items.find((w) => w.slug === slug);
    if (found) return found;
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  return undefined;
}
