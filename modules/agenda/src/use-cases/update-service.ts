import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { assertExpectedVersion, ValidationError, versionRaceLost } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { Service } from '../contracts/resources';
import { services } from '../db/schema';
import { missingIds, mustLoad, toService } from '../db/setup-store';
import { procedureEntry, serviceTerms } from './catalog-refs';

export type UpdateServiceInput = {
  serviceId: string;
  name?: string;
  durationMinutes?: number;
  professionalIds?: string[];
  resourceIds?: string[];
  catalogEntryId?: string | null;
  price?: number | null;
  currency?: string | null;
  active?: boolean;
  expectedVersion?: number;
};

// Edits a service; new professionals and resources must exist here (400 naming them). Booked
// appointments keep the duration they were booked with. A new catalog procedure gives its effective
// duration and price unless the request sets them; otherwise the service keeps its own.
export async function updateService({ ctx, input }: { ctx: AppContext; input: UpdateServiceInput }): Promise<Service> {
  return withTransaction(ctx, async (t) => {
    const current = await mustLoad(t, 'service', input.serviceId);
    assertExpectedVersion(current.version, input.expectedVersion, `Service ${current.id}`);
    const professionalIds = input.professionalIds ? [...new Set(input.professionalIds)] : undefined;
    const resourceIds = input.resourceIds ? [...new Set(input.resourceIds)] : undefined;
    const errors = [
      ...(await missingIds(t, 'professional', professionalIds ?? [])).map((id) => ({
        pointer: '/professional_ids',
        in: 'body' as const,
        message: `no active professional ${id}`,
      })),
      ...(await missingIds(t, 'resource', resourceIds ?? [])).map((id) => ({
        pointer: '/resource_ids',
        in: 'body' as const,
        message: `no active resource ${id}`,
      })),
    ];
    if (errors.length > 0) throw new ValidationError('The service names unknown professionals or resources.', errors);
    const newEntry =
      input.catalogEntryId && input.catalogEntryId !== current.catalogEntryId
        ? await procedureEntry(t, input.catalogEntryId)
        : null;
    const terms = serviceTerms(
      {
        name: input.name ?? current.name,
        durationMinutes: input.durationMinutes ?? (newEntry ? undefined : current.durationMinutes),
        price: input.price !== undefined ? input.price : newEntry ? undefined : current.price,
        currency: input.currency !== undefined ? input.currency : newEntry ? undefined : current.currency,
      },
      newEntry,
    );
    const [row] = await t.tx
      .update(services)
      .set({
        ...terms,
        professionalIds,
        resourceIds,
        catalogEntryId: input.catalogEntryId,
        active: input.active,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(services.workspaceId, workspaceOf(t)),
          eq(services.id, current.id),
          eq(services.version, current.version),
        ),
      )
      .returning();
    if (!row) versionRaceLost(current.version, input.expectedVersion, `Service ${current.id}`);
    return toService(row);
  });
}
