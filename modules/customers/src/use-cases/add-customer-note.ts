import { type AppContext, withTransaction } from '@nexova/db';
import { newId, ValidationError } from '@nexova/kernel';
import { and, eq, sql } from 'drizzle-orm';
import type { CustomerNote } from '../contracts/customer';
import { mustLoadWritable } from '../db/customer-store';
import { customerNotes, customers } from '../db/schema';
import { sealNoteBody } from '../db/sealed-note';

export type AddCustomerNoteInput = { customerId: string; body: string };

// Appends a note to a customer, signed by the actor; the customer's version moves (its detail changed).
export async function addCustomerNote({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: AddCustomerNoteInput;
}): Promise<CustomerNote> {
  const body = input.body.trim();
  if (!body)
    throw new ValidationError('The note is empty.', [{ pointer: '/body', in: 'body', message: 'is required' }]);
  return withTransaction(ctx, async (t) => {
    const customer = await mustLoadWritable(t, input.customerId);
    const id = newId();
    const [row] = await t.tx
      .insert(customerNotes)
      .values({
        id,
        workspaceId: customer.workspaceId,
        customerId: customer.id,
        body: await sealNoteBody(t, customer.id, id, body),
        actorType: t.actor.type,
        actorId: t.actor.id,
      })
      .returning();
    const note = row as NonNullable<typeof row>;
    // Notes are part of GET /customers/:id, so its ETag must change: bump (never conflicts; notes only append).
    await t.tx
      .update(customers)
      .set({ version: sql`${customers.version} + 1`, updatedAt: new Date() })
      .where(and(eq(customers.workspaceId, customer.workspaceId), eq(customers.id, customer.id)));
    return {
      id: note.id,
      body,
      actor: { type: note.actorType, id: note.actorId },
      created_at: note.createdAt.toISOString(),
    };
  });
}
