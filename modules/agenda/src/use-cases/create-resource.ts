import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { newId } from '@nexova/kernel';
import type { Resource } from '../contracts/resources';
import { resources } from '../db/schema';
import { toResource } from '../db/setup-store';

export type CreateResourceInput = { name: string; kind?: 'room' | 'equipment' };

// Adds a room or another bookable resource.
export async function createResource({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: CreateResourceInput;
}): Promise<Resource> {
  return withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .insert(resources)
      .values({ id: newId(), workspaceId: workspaceOf(t), name: input.name, kind: input.kind ?? 'room' })
      .returning();
    return toResource(row as NonNullable<typeof row>);
  });
}
