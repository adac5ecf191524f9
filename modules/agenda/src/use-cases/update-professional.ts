import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { assertExpectedVersion, versionRaceLost } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { Professional } from '../contracts/resources';
import { professionals } from '../db/schema';
import { mustLoad, toProfessional } from '../db/setup-store';
import { checkSpecialties } from './catalog-refs';

export type UpdateProfessionalInput = {
  professionalId: string;
  name?: string;
  userId?: string | null;
  specialtyIds?: string[];
  licenceNumber?: string | null;
  active?: boolean;
  expectedVersion?: number;
};

// Edits a professional profile; `active: false` takes them out of slot search (their appointments stay).
export async function updateProfessional({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: UpdateProfessionalInput;
}): Promise<Professional> {
  return withTransaction(ctx, async (t) => {
    const current = await mustLoad(t, 'professional', input.professionalId);
    assertExpectedVersion(current.version, input.expectedVersion, `Professional ${current.id}`);
    const specialtyIds = input.specialtyIds ? [...new Set(input.specialtyIds)] : undefined;
    if (specialtyIds) await checkSpecialties(t, specialtyIds);
    const [row] = await t.tx
      .update(professionals)
      .set({
        name: input.name,
        userId: input.userId,
        specialtyIds,
        licenceNumber: input.licenceNumber,
        active: input.active,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(professionals.workspaceId, workspaceOf(t)),
          eq(professionals.id, current.id),
          eq(professionals.version, current.version),
        ),
      )
      .returning();
    if (!row) versionRaceLost(current.version, input.expectedVersion, `Professional ${current.id}`);
    return toProfessional(row);
  });
}
