import { type AppContext, queryable, queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';

export type LoadMembershipInput = { userId: string; workspaceId: string };

// The grants of a user's active membership in a live workspace, or null. Runs on every workspace
// request, so it is one round trip: tenancy.membership_grants (SECURITY DEFINER, migration 0013)
// matches exactly that user in that workspace and can never read another workspace's rows.
export async function loadMembership({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: LoadMembershipInput;
}): Promise<{ permissions: readonly string[]; roleId: string; systemKey: string | null } | null> {
  const [row] = await queryRows<{ permissions: string[]; role_id: string; system_key: string | null }>(
    queryable(ctx),
    sql`select permissions, role_id, system_key from tenancy.membership_grants(${input.userId}, ${input.workspaceId})`,
  );
  return row ? { permissions: row.permissions, roleId: row.role_id, systemKey: row.system_key } : null;
}
