import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { newId, ValidationError } from '@nexova/kernel';
import type { Service } from '../contracts/resources';
import { services } from '../db/schema';
import { missingIds, toService } from '../db/setup-store';
import { procedureEntry, serviceTerms } from './catalog-refs';

export type CreateServiceInput = {
  name?: string;
  durationMinutes?: number;
  professionalIds?: string[];
  resourceIds?: string[];
  catalogEntryId?: string | null;
  price?: number | null;
  currency?: string | null;
};

// Adds a bookable service; every professional and resource it names must exist here (400 naming them).
// Made from a catalog procedure, it takes the entry's effective name, duration and price (the
// workspace's override wins) for whatever the request leaves out; later catalog changes do not move it.
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
    const entry = input.catalogEntryId ? await procedureEntry(t, input.catalogEntryId) : null;
    const terms = serviceTerms(input, entry);
    const [row] = await t.tx
      .insert(services)
      .values({
        id: newId(),
        workspaceId: workspaceOf(t),
        ...terms,
        professionalIds,
        resourceIds,
        catalogEntryId: input.catalogEntryId ?? null,
      })
      .returning();
    return toService(row as NonNullable<typeof row>);
  });
}
