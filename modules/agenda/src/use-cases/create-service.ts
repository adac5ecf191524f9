import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { newId, ValidationError } from '@nexova/kernel';
import type { Service } from '../contracts/resources';
import { services } from '../db/schema';
import { missingIds, toService } from '../db/setup-store';

export type CreateServiceInput = {
  name: string;
  durationMinutes: number;
  professionalIds?: string[];
  resourceIds?: string[];
  catalogEntryId?: string | null;
};

// Adds a bookable service; every professional and resource it names must exist here (400 naming them).
export async function createService({ ctx, input }: { ctx: AppContext; input: CreateServiceInput }): Promise<Service> {
  return withTransaction(ctx, async (t) => {
    const professionalIds = [...new Set(input.professionalIds ?? [])];
    const resourceIds = [...new Set(input.resourceIds ?? [])];
    const errors = [
      ...(await missingIds(t, 'professional', professionalIds)).map((id) => ({
        pointer: '/professional_ids',
        in: 'body' as const,
        message: `no active professional ${id}`,
      })),
      ...(await missingIds(t, 'resource', resourceIds)).map((id) => ({
        pointer: '/resource_ids',
        in: 'body' as const,
        message: `no active resource ${id}`,
      })),
    ];
    if (errors.length > 0) throw new ValidationError('The service names unknown professionals or resources.', errors);
    const [row] = await t.tx
      .insert(services)
      .values({
        id: newId(),
        workspaceId: workspaceOf(t),
        name: input.name,
        durationMinutes: input.durationMinutes,
        professionalIds,
        resourceIds,
        catalogEntryId: input.catalogEntryId ?? null,
      })
      .returning();
    return toService(row as NonNullable<typeof row>);
  });
}
