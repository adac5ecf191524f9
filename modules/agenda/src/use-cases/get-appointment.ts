import { type AppContext, withTransaction } from '@nexova/db';
import type { AppointmentDetail } from '../contracts/appointment';
import { mustLoadAppointment, withHistory } from '../db/appointment-store';

// One appointment with its whole status history (404 when missing or another workspace's).
export async function getAppointment({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: { appointmentId: string };
}): Promise<AppointmentDetail> {
  return withTransaction(ctx, async (t) => withHistory(t, await mustLoadAppointment(t, input.appointmentId)));
}
