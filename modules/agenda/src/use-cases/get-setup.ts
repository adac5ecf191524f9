import { type AppContext, withTransaction } from '@nexova/db';
import type { Professional, Resource, Service } from '../contracts/resources';
import { mustLoad, toProfessional, toResource, toService } from '../db/setup-store';

// One professional, resource or service by id (404 when missing or another workspace's).
export async function getProfessional({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: { professionalId: string };
}): Promise<Professional> {
  return withTransaction(ctx, async (t) => toProfessional(await mustLoad(t, 'professional', input.professionalId)));
}

export async function getResource({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: { resourceId: string };
}): Promise<Resource> {
  return withTransaction(ctx, async (t) => toResource(await mustLoad(t, 'resource', input.resourceId)));
}

export async function getService({ ctx, input }: { ctx: AppContext; input: { serviceId: string } }): Promise<Service> {
  return withTransaction(ctx, async (t) => toService(await mustLoad(t, 'service', input.serviceId)));
}
