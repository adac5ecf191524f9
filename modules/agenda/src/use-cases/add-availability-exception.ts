import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { newId, ValidationError } from '@nexova/kernel';
import type { AvailabilityExceptionView } from '../contracts/availability';
import { type OwnerKind, toException } from '../db/availability-store';
import { availabilityExceptions } from '../db/schema';
import { mustLoad } from '../db/setup-store';

export type AddAvailabilityExceptionInput = {
  ownerKind: OwnerKind | null;
  ownerId: string | null;
  kind: 'open' | 'closed';
  startsAt: Date;
  endsAt: Date;
  reason?: string | null;
};

// Closes (holiday, absence) or opens (extra hours) time for one owner, or closes it for the whole workspace.
export async function addAvailabilityException({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: AddAvailabilityExceptionInput;
}): Promise<AvailabilityExceptionView> {
  if (input.startsAt >= input.endsAt)
    throw new ValidationError('The exception must end after it starts.', [
      { pointer: '/ends_at', in: 'body', message: 'must be after starts_at' },
    ]);
  if ((input.ownerKind === null) !== (input.ownerId === null))
    throw new ValidationError('owner_kind and owner_id go together.', [
      { pointer: '/owner_id', in: 'body', message: 'give both owner_kind and owner_id, or neither' },
    ]);
  return withTransaction(ctx, async (t) => {
    if (input.ownerKind && input.ownerId) await mustLoad(t, input.ownerKind, input.ownerId);
    const [row] = await t.tx
      .insert(availabilityExceptions)
      .values({
        id: newId(),
        workspaceId: workspaceOf(t),
        ownerKind: input.ownerKind,
        ownerId: input.ownerId,
        kind: input.kind,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        reason: input.reason ?? null,
      })
      .returning();
    return toException(row as NonNullable<typeof row>);
  });
}
