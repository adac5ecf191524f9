import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { eq } from 'drizzle-orm';
import { type WorkspaceSettings, workspaces } from '../db/schema';

/** What other modules read of the business's settings (phone parsing, prices, imports, mail). */
export type BusinessSettings = Pick<
  WorkspaceSettings,
  'default_currency' | 'default_phone_region' | 'locale' | 'timezone' | 'modules'
>;

// The current workspace's business settings (ctx.workspaceId), for other modules: the default
// currency of products and imports, the phone region of numbers without +country code, the locale
// of mail and documents, the time zone and the enabled modules (shop, clinic). Joins the caller's transaction when there is one.
export async function getWorkspaceSettings({ ctx }: { ctx: AppContext; input?: undefined }): Promise<BusinessSettings> {
  const workspaceId = workspaceOf(ctx);
  return withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .select({ settings: workspaces.settings })
      .from(workspaces)
      .where(eq(workspaces.id, workspaceId));
    if (!row) throw new NotFoundError('The workspace was not found.');
    const { default_currency, default_phone_region, locale, timezone, modules } = row.settings;
    return { default_currency, default_phone_region, locale, timezone, modules: modules ?? ['shop'] };
  });
}
