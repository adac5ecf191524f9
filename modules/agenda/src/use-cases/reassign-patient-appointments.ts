import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { and, eq, sql } from 'drizzle-orm';
import { appointments } from '../db/schema';

export type ReassignPatientAppointmentsInput = { from: string; to: string };

/**
 * After two patients were merged, the merged one's appointments (past and future, every status)
 * belong to the survivor. Returns how many moved; running it again moves nothing.
 */
export async function reassignPatientAppointments({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ReassignPatientAppointmentsInput;
}): Promise<number> {
  return withTransaction(ctx, async (t) => {
    const moved = await t.tx
      .update(appointments)
      .set({ patientId: input.to, version: sql`${appointments.version} + 1`, updatedAt: new Date() })
      .where(and(eq(appointments.workspaceId, workspaceOf(t)), eq(appointments.patientId, input.from)))
      .returning({ id: appointments.id });
    return moved.length;
  });
}
