import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, encodeCursor, type Page } from '@nexova/http';
import { ValidationError } from '@nexova/kernel';
import { and, asc, eq, gt, lt, or, sql } from 'drizzle-orm';
import type { Appointment } from '../contracts/appointment';
import { toAppointment } from '../db/appointment-store';
import { appointments } from '../db/schema';

export type ListAppointmentsInput = {
  from?: Date;
  to?: Date;
  professionalId?: string;
  resourceId?: string;
  patientId?: string;
  status?: string;
  limit?: number;
  cursor?: string;
};

// The agenda: appointments by start time (then id), filtered by range, professional, resource, patient or status.
export async function listAppointments({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ListAppointmentsInput;
}): Promise<Page<Appointment>> {
  const limit = input.limit ?? 50;
  const key = decodeCursor(input.cursor);
  const [at, id] = key ?? [];
  if (key && (key.length !== 2 || typeof at !== 'number' || typeof id !== 'string'))
    throw new ValidationError('The cursor is not from this list.', [
      { pointer: '/cursor', in: 'query', message: 'not from this list' },
    ]);
  const a = appointments;
  return withTransaction(ctx, async (t) => {
    const rows = await t.tx
      .select()
      .from(a)
      .where(
        and(
          eq(a.workspaceId, workspaceOf(t)),
          input.from ? gt(a.endsAt, input.from) : undefined,
          input.to ? lt(a.startsAt, input.to) : undefined,
          input.professionalId ? eq(a.professionalId, input.professionalId) : undefined,
          input.resourceId ? eq(a.resourceId, input.resourceId) : undefined,
          input.patientId ? eq(a.patientId, input.patientId) : undefined,
          input.status ? eq(a.status, input.status) : undefined,
          key
            ? or(
                gt(a.startsAt, new Date(at as number)),
                and(eq(a.startsAt, new Date(at as number)), sql`${a.id} > ${id}`),
              )
            : undefined,
        ),
      )
      .orderBy(asc(a.startsAt), asc(a.id))
      .limit(limit + 1);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map(toAppointment),
      next_cursor: rows.length > limit && last ? encodeCursor([last.startsAt.getTime(), last.id]) : null,
    };
  });
}
