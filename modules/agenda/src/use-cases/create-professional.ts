import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { newId } from '@nexova/kernel';
import type { Professional } from '../contracts/resources';
import { professionals } from '../db/schema';
import { toProfessional } from '../db/setup-store';
import { checkSpecialties } from './catalog-refs';

export type CreateProfessionalInput = {
  name: string;
  userId?: string | null;
  specialtyIds?: string[];
  licenceNumber?: string | null;
};

// Gives a member (or an outside professional) a professional profile that services and slots can name;
// its specialties are entries of the clinical catalog (400 naming an unknown one).
export async function createProfessional({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: CreateProfessionalInput;
}): Promise<Professional> {
  return withTransaction(ctx, async (t) => {
    const specialtyIds = [...new Set(input.specialtyIds ?? [])];
    await checkSpecialties(t, specialtyIds);
    const [row] = await t.tx
      .insert(professionals)
      .values({
        id: newId(),
        workspaceId: workspaceOf(t),
        name: input.name,
        userId: input.userId ?? null,
        specialtyIds,
        licenceNumber: input.licenceNumber ?? null,
      })
      .returning();
    return toProfessional(row as NonNullable<typeof row>);
  });
}
