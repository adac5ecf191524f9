import { type Appointment, getProfessional, getService, listAppointments } from '@nexova/agenda';
import { findPersonPatient } from '@nexova/clinic';
import type { AppContext } from '@nexova/db';
import { ForbiddenError, NotFoundError } from '@nexova/kernel';
import { getWorkspaceSettings } from '@nexova/tenancy';

// What the clinic tools share: the module check the API makes, the session person's own
// appointments, and the view of one appointment the agent talks about.

/** As the clinic routes: a workspace without the clinic module answers 403 module_not_enabled. */
export async function requireClinic(ctx: AppContext): Promise<{ timezone: string; locale: string }> {
  const settings = await getWorkspaceSettings({ ctx });
  if (!settings.modules.includes('clinic'))
    throw new ForbiddenError('The clinic module is not enabled for this workspace (settings.modules).', {
      code: 'module_not_enabled',
      extensions: { module: 'clinic' },
    });
  return { timezone: settings.timezone, locale: settings.locale };
}

const LIVE = ['held', 'booked', 'confirmed'] as const;

/** The person's appointments from now on that still occupy their time (live holds, booked, confirmed), soonest first. */
export async function upcomingOf(ctx: AppContext, personId: string, now = new Date()): Promise<Appointment[]> {
  const patient = await findPersonPatient({ ctx, input: { personId } });
  if (!patient) return [];
  const page = await listAppointments({ ctx, input: { patientId: patient.patientId, from: now, limit: 50 } });
  return page.items.filter(
    (a) =>
      (LIVE as readonly string[]).includes(a.status) &&
      new Date(a.starts_at) > now &&
      !(a.status === 'held' && a.expires_at && new Date(a.expires_at) <= now),
  );
}

/** One of the person's own appointments; anyone else's answers 404, as a foreign id does. */
export async function ownAppointment(ctx: AppContext, personId: string, appointmentId: string): Promise<Appointment> {
  const mine = (await upcomingOf(ctx, personId)).find((a) => a.id === appointmentId);
  if (!mine) throw new NotFoundError(`Appointment ${appointmentId} not found.`, { code: 'appointment_not_found' });
  return mine;
}

/** An appointment as the agent tells it: ids, status, times, the service's and professional's names. */
export async function appointmentView(ctx: AppContext, a: Appointment, timeZone: string) {
  const service = await getService({ ctx, input: { serviceId: a.service_id } });
  const professional = await getProfessional({ ctx, input: { professionalId: a.professional_id } });
  return {
    appointment_id: a.id,
    status: a.status,
    starts_at: a.starts_at,
    ends_at: a.ends_at,
    expires_at: a.expires_at,
    service_id: a.service_id,
    service_name: service.name,
    professional_id: a.professional_id,
    professional_name: professional.name,
    time_zone: timeZone,
  };
}
export type AppointmentView = Awaited<ReturnType<typeof appointmentView>>;
