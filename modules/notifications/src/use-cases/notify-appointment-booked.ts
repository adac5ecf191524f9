import { getProfessional, getService } from '@nexova/agenda';
import { getPatient } from '@nexova/clinic';
import { type TxContext, withTransaction } from '@nexova/db';
import type { EventEnvelope } from '@nexova/events';
import { getWorkspace, getWorkspaceSettings } from '@nexova/tenancy';
import { bookedMail } from '../domain/appointment-messages';
import { localeOf, time } from '../domain/messages';
import { reachCustomer } from './reach-customer';

export type NotifyAppointmentBookedInput = { event: EventEnvelope };

type Booked = { patient_id: string | null; service_id: string; professional_id: string; starts_at: string };

// agenda.appointment.booked: the patient is told their appointment (service, professional, local
// time) over WhatsApp (a template) and/or by e-mail, as the workspace's appointment_booked switches
// say. Booked by the agent, the WhatsApp notice is left out: the agent's own reply in that same
// conversation confirmed it. Once per event. Returns how many notices were queued.
export async function notifyAppointmentBooked({
  ctx,
  input,
}: {
  ctx: TxContext;
  input: NotifyAppointmentBookedInput;
}): Promise<number> {
  const { event } = input;
  const p = event.payload as Booked;
  if (event.type !== 'agenda.appointment.booked' || !event.workspace_id || !p.patient_id) return 0;
  const patientId = p.patient_id;
  return withTransaction(ctx, async (t) => {
    const patient = await getPatient({ ctx: t, input: { patientId } }).catch(() => null);
    const person = patient?.person;
    if (!person) return 0;
    const service = await getService({ ctx: t, input: { serviceId: p.service_id } });
    const professional = await getProfessional({ ctx: t, input: { professionalId: p.professional_id } });
    const [settings, workspace] = [await getWorkspaceSettings({ ctx: t }), await getWorkspace({ ctx: t })];
    const locale = localeOf(settings.locale);
    const when = time(p.starts_at, locale, settings.timezone);
    const facts = { name: person.name, service: service.name, professional: professional.name, when };
    const mail = person.email
      ? { to: person.email, ...bookedMail({ ...facts, business: workspace.name }, locale) }
      : null;
    const reached = await reachCustomer({
      ctx: t,
      input: {
        personId: person.id,
        kind: 'appointment_booked',
        sourceId: event.id,
        parameters: [facts.name, facts.service, facts.when, facts.professional],
        mail,
        whatsapp: event.actor.type !== 'agent',
      },
    });
    return Number(reached.whatsapp) + Number(reached.email);
  });
}
