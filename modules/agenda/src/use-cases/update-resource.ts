import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { assertExpectedVersion, versionRaceLost } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { Resource } from '../contracts/resources';
import { resources } from '../db/schema';
import { mustLoad, toResource } from '../db/setup-store';

export type UpdateResourceInput = {
  resourceId: string;
  name?: string;
  kind?: 'room' | 'equipment';
  active?: boolean;
  expectedVersion?: number;
};

// Renames or retires a room or resource; `active: false` takes it out of slot search.
export async function updateResource({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: UpdateResourceInput;
}): Promise<Resource> {
  return withTransaction(ctx, async (t) => {
    const current = await mustLoad(t, 'resource', input.resourceId);
    assertExpectedVersion(current.version, input.expectedVersion, `Resource ${current.id}`);
    const [row] = await t.tx
      .update(resources)
      .set({
        name: input.name,
        kind: input.kind,
        active: input.active,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(resources.workspaceId, workspaceOf(t)),
          eq(resources.id, current.id),
          eq(resources.version, current.version),
        ),
      )
      .returning();
    if (!row) versionRaceLost(current.version, input.expectedVersion, `Resource ${current.id}`);
    return toResource(row);
  });
}
