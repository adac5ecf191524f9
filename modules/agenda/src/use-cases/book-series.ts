import { type AppContext, withSavepoint, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { ConflictError, newId, ValidationError } from '@nexova/kernel';
import { getWorkspaceSettings } from '@nexova/tenancy';
import { appointmentBooked } from '../contracts/events/appointment-events.v1';
import type { Occurrence, Series, SeriesMode } from '../contracts/series';
import { appendHistory } from '../db/appointment-store';
import { appointmentSeries, seriesAppointments } from '../db/series-schema';
import { toSeries } from '../db/series-store';
import { mustLoad } from '../db/setup-store';
import { expandRule, RecurrenceError } from '../domain/recurrence';
import { appointmentPayload } from './appointment-events';
import { takeSlot } from './take-slot';

export type BookSeriesInput = {
  serviceId: string;
  professionalId: string;
  resourceId?: string | null;
  patientId: string;
  /** The first occurrence; its local wall time (workspace time zone) repeats. */
  startsAt: Date;
  rrule: string;
  mode: SeriesMode;
  notes?: string | null;
  /** AGENDA_SERIES_MAX. */
  max: number;
};

const SLOT_PROBLEMS = ['slot_taken', 'slot_unavailable'];

// Books a treatment's occurrences from an RRULE, each a `booked` appointment for the patient, in
// one transaction. `all_or_nothing` (the default): if any occurrence is taken or outside opening
// hours nothing is booked and 409 `series_conflict` lists every such occurrence with its problem.
// `available_only`: the free occurrences are booked and the others are returned with their
// problem (409 only when none could be booked). Each occurrence is taken under a savepoint, so a
// refused one leaves nothing behind; the database's exclusion constraints still decide races.
export async function bookSeries({ ctx, input }: { ctx: AppContext; input: BookSeriesInput }): Promise<Series> {
  return withTransaction(ctx, async (t) => {
    const { timezone } = await getWorkspaceSettings({ ctx: t });
    let starts: Date[];
    try {
      starts = expandRule(input.rrule, input.startsAt, timezone, input.max);
    } catch (err) {
      if (!(err instanceof RecurrenceError)) throw err;
      throw new ValidationError(`The recurrence rule is not usable: ${err.message}.`, [
        { pointer: '/rrule', in: 'body', message: err.message },
      ]);
    }
    const service = await mustLoad(t, 'service', input.serviceId);
    const minutes = service.durationMinutes * 60_000;
    const now = new Date();
    const [series] = await t.tx
      .insert(appointmentSeries)
      .values({
        id: newId(),
        workspaceId: workspaceOf(t),
        rrule: input.rrule,
        timezone,
        mode: input.mode,
        serviceId: input.serviceId,
        professionalId: input.professionalId,
        resourceId: input.resourceId ?? null,
        patientId: input.patientId,
        firstStartsAt: input.startsAt,
      })
      .returning();
    if (!series) throw new Error('series insert returned nothing');
    const occurrences: Occurrence[] = [];
    for (const [i, startsAt] of starts.entries()) {
      try {
        const row = await withSavepoint(t, (s) =>
          takeSlot(s, { ...input, startsAt, status: 'booked', expiresAt: null, now }),
        );
        await appendHistory(t, {
          appointmentId: row.id,
          action: 'book',
          from: null,
          to: 'booked',
          reason: `series ${series.id}`,
        });
        await t.tx
          .insert(seriesAppointments)
          .values({ workspaceId: row.workspaceId, seriesId: series.id, occurrence: i, appointmentId: row.id });
        await publish(t, appointmentBooked, { aggregateId: row.id, payload: appointmentPayload(row, null) });
        occurrences.push({
          occurrence: i,
          starts_at: row.startsAt.toISOString(),
          ends_at: row.endsAt.toISOString(),
          appointment_id: row.id,
          status: 'booked',
          problem: null,
        });
      } catch (err) {
        if (!(err instanceof ConflictError) || !SLOT_PROBLEMS.includes(err.code)) throw err;
        const ext = err.extensions ?? {};
        occurrences.push({
          occurrence: i,
          starts_at: startsAt.toISOString(),
          ends_at: new Date(startsAt.getTime() + minutes).toISOString(),
          appointment_id: null,
          status: null,
          problem: { code: err.code, detail: err.message, conflict: ext.conflict ?? ext.slot },
        });
      }
    }
    const refused = occurrences.filter((o) => o.problem);
    if (refused.length > 0 && (input.mode === 'all_or_nothing' || refused.length === occurrences.length))
      throw new ConflictError(
        `${refused.length} of ${occurrences.length} occurrences cannot be booked; nothing was booked.`,
        { code: 'series_conflict', extensions: { occurrences: refused } },
      );
    return toSeries(series, occurrences);
  });
}
