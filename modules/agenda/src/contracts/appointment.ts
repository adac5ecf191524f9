import { z } from 'zod';
import { APPOINTMENT_STATUSES, STAFF_ACTIONS } from '../domain/appointment-status';

// An appointment (or a hold) as the API shows it.

const A = '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e90';
export const historyEntrySchema = z.object({
  action: z.string(),
  from_status: z.string().nullable(),
  to_status: z.string(),
  reason: z.string().nullable(),
  actor_type: z.string(),
  actor_id: z.string().nullable(),
  at: z.string(),
});

export const appointmentSchema = z
  .object({
    id: z.string().uuid(),
    service_id: z.string().uuid(),
    professional_id: z.string().uuid(),
    resource_id: z.string().uuid().nullable(),
    patient_id: z.string().uuid().nullable().describe('The patient (person) it is for; may be empty while held.'),
    status: z.enum(APPOINTMENT_STATUSES),
    starts_at: z.string(),
    ends_at: z.string(),
    expires_at: z.string().nullable().describe('When a hold lapses and frees the slot; null once booked.'),
    notes: z.string().nullable(),
    cancel_reason: z.string().nullable(),
    canceled_by: z.string().nullable(),
    rescheduled_from_id: z.string().uuid().nullable(),
    rescheduled_to_id: z.string().uuid().nullable(),
    allowed_actions: z.array(z.enum(STAFF_ACTIONS)).describe('What may happen next from this status.'),
    version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({
    example: {
      id: A,
      service_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e71',
      professional_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e6f',
      resource_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e70',
      patient_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e91',
      status: 'held',
      starts_at: '2026-03-02T12:00:00.000Z',
      ends_at: '2026-03-02T12:45:00.000Z',
      expires_at: '2026-03-01T10:10:00.000Z',
      notes: null,
      cancel_reason: null,
      canceled_by: null,
      rescheduled_from_id: null,
      rescheduled_to_id: null,
      allowed_actions: ['book', 'reschedule', 'release'],
      version: 1,
      created_at: '2026-03-01T10:00:00.000Z',
      updated_at: '2026-03-01T10:00:00.000Z',
    },
  });
export type Appointment = z.infer<typeof appointmentSchema>;

export const appointmentDetailSchema = appointmentSchema
  .extend({ history: z.array(historyEntrySchema).describe('Every status change, oldest first.') })
  .meta({
    example: {
      ...(appointmentSchema.meta()?.example as object),
      history: [
        {
          action: 'hold',
          from_status: null,
          to_status: 'held',
          reason: null,
          actor_type: 'user',
          actor_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e73',
          at: '2026-03-01T10:00:00.000Z',
        },
      ],
    },
  });
export type AppointmentDetail = z.infer<typeof appointmentDetailSchema>;

export const slotSchema = z
  .object({
    starts_at: z.string(),
    ends_at: z.string(),
    professional_id: z.string().uuid(),
    resource_id: z
      .string()
      .uuid()
      .nullable()
      .describe('The free resource (room) that goes with it, if the service needs one.'),
  })
  .meta({
    example: {
      starts_at: '2026-03-02T12:00:00.000Z',
      ends_at: '2026-03-02T12:45:00.000Z',
      professional_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e6f',
      resource_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e70',
    },
  });
export type SlotView = z.infer<typeof slotSchema>;
