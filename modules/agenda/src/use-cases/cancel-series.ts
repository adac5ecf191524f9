import { type AppContext, withTransaction } from '@nexova/db';
import type { Series } from '../contracts/series';
import { mustLoadAppointment } from '../db/appointment-store';
import { mustLoadSeries, seriesMembers, viewSeries } from '../db/series-store';
import { type AppointmentStatus, nextStatus } from '../domain/appointment-status';
import { syncQueue } from './queue-sync';
import { writeMove } from './write-move';

export type CancelSeriesInput = {
  seriesId: string;
  /** Cancel the occurrences starting at or after this instant (default now): "this and the rest". */
  from?: Date;
  reason?: string | null;
};

// Cancels the rest of a series: every occurrence starting at or after `from` whose status still
// allows a cancel (booked, confirmed, checked in); past, completed or already canceled ones stay
// as they are. One occurrence alone is canceled through POST /agenda/appointments/{id}/cancel.
export async function cancelSeries({ ctx, input }: { ctx: AppContext; input: CancelSeriesInput }): Promise<Series> {
  return withTransaction(ctx, async (t) => {
    const series = await mustLoadSeries(t, input.seriesId);
    const from = (input.from ?? new Date()).getTime();
    const reason = input.reason ?? null;
    const canceledBy = `${t.actor.type}:${t.actor.id ?? ''}`;
    for (const member of await seriesMembers(t, series.id)) {
      if (member.appointment.startsAt.getTime() < from) continue;
      const appointment = await mustLoadAppointment(t, member.appointment.id, true); // locked, as it is now
      const to = nextStatus(appointment.status as AppointmentStatus, 'cancel');
      if (!to) continue;
      const after = await writeMove(t, appointment, {
        action: 'cancel',
        to,
        reason,
        patch: { cancelReason: reason, canceledBy },
        extra: { reason, canceled_by: canceledBy },
      });
      await syncQueue(t, 'cancel', after);
    }
    return viewSeries(t, series);
  });
}
