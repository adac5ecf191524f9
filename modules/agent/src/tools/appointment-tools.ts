import { moveAppointment } from '@nexova/agenda';
import { getCustomer } from '@nexova/customers';
import { ConflictError } from '@nexova/kernel';
import { z } from 'zod';
import { appointmentView, ownAppointment, requireClinic, upcomingOf } from './clinic-context';
import { defineTool } from './tool';

// book_appointment, cancel_appointment and get_patient_context: agenda's lifecycle moves
// (POST /agenda/appointments/{id}/book|cancel|release) on the conversation person's own appointments.

export const bookAppointmentTool = defineTool({
  name: 'book_appointment',
  description:
    'Clinic: book the slot held for the customer of this conversation (from hold_slot), after they confirmed. Without appointment_id, their most recent live hold.',
  permission: 'appointments:write',
  uses: ['customer'],
  input: z.object({ appointment_id: z.string().uuid().optional().describe('The hold from hold_slot.') }),
  async run({ ctx, input, session }) {
    const { timezone } = await requireClinic(ctx);
    const mine = await upcomingOf(ctx, session.customerId);
    const hold = input.appointment_id
      ? await ownAppointment(ctx, session.customerId, input.appointment_id)
      : mine.filter((a) => a.status === 'held').sort((a, b) => b.created_at.localeCompare(a.created_at))[0];
    if (!hold) throw new ConflictError('There is no slot held for this customer.', { code: 'agent_no_hold' });
    const booked = await moveAppointment({ ctx, input: { appointmentId: hold.id, action: 'book' } });
    return appointmentView(ctx, booked, timezone);
  },
});

export const cancelAppointmentTool = defineTool({
  name: 'cancel_appointment',
  description:
    "Clinic: cancel one of the customer's own upcoming appointments (or release a slot held for them), after they confirmed. Without appointment_id, their next one.",
  permission: 'appointments:write',
  uses: ['customer'],
  input: z.object({
    appointment_id: z.string().uuid().optional().describe("One of this customer's upcoming appointments."),
    reason: z.string().trim().max(500).optional(),
  }),
  async run({ ctx, input, session }) {
    const { timezone } = await requireClinic(ctx);
    const target = input.appointment_id
      ? await ownAppointment(ctx, session.customerId, input.appointment_id)
      : (await upcomingOf(ctx, session.customerId)).find((a) => a.status !== 'held');
    if (!target)
      throw new ConflictError('This customer has no upcoming appointment.', { code: 'agent_no_appointment' });
    const moved = await moveAppointment({
      ctx,
      input: {
        appointmentId: target.id,
        action: target.status === 'held' ? 'release' : 'cancel',
        reason: input.reason ?? 'Canceled by the patient in the chat (agent).',
      },
    });
    return appointmentView(ctx, moved, timezone);
  },
});

export const getPatientContextTool = defineTool({
  name: 'get_patient_context',
  description:
    'Clinic: the customer of this conversation as a patient — name and their upcoming appointments (and any slot held for them). Never clinical records: those are not for a chat.',
  permission: 'appointments:read',
  uses: ['customer'],
  input: z.object({}),
  async run({ ctx, session }) {
    const { timezone } = await requireClinic(ctx);
    const person = await getCustomer({ ctx, input: { customerId: session.customerId } });
    const upcoming = [];
    for (const a of await upcomingOf(ctx, session.customerId)) upcoming.push(await appointmentView(ctx, a, timezone));
    return { person_id: person.id, name: person.name, time_zone: timezone, upcoming };
  },
});
