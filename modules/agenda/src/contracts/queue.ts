import { z } from 'zod';
import { QUEUE_ACTIONS, QUEUE_STATUSES } from '../domain/queue';

// A reception queue entry as the API shows it.

export const QUEUE_KINDS = ['professional', 'resource', 'general'] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

export const queueEntrySchema = z
  .object({
    id: z.string().uuid(),
    queue_kind: z.enum(QUEUE_KINDS).describe('Whose queue: a professional, a room (resource) or the front desk.'),
    queue_owner_id: z.string().uuid().nullable().describe('The professional or resource; null for the front desk.'),
    day: z.string().describe('The local day (workspace time zone) of the queue, YYYY-MM-DD.'),
    status: z.enum(QUEUE_STATUSES),
    position: z.number().int().nullable().describe('1 = next to be called; null unless waiting.'),
    estimated_wait_minutes: z
      .number()
      .int()
      .nullable()
      .describe('Rest of who is in service + everyone called + the waiting ahead (one patient at a time).'),
    appointment_id: z.string().uuid().nullable().describe('The checked-in appointment; null for a walk-in.'),
    patient_id: z.string().uuid().nullable(),
    name: z.string().nullable().describe('How to call a walk-in without a patient record.'),
    service_id: z.string().uuid().nullable(),
    professional_id: z.string().uuid().nullable(),
    resource_id: z.string().uuid().nullable(),
    duration_minutes: z.number().int(),
    notes: z.string().nullable(),
    allowed_actions: z.array(z.enum(QUEUE_ACTIONS)),
    joined_at: z.string(),
    called_at: z.string().nullable(),
    started_at: z.string().nullable(),
    finished_at: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({
    example: {
      id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5ea0',
      queue_kind: 'professional',
      queue_owner_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e6f',
      day: '2026-03-10',
      status: 'waiting',
      position: 2,
      estimated_wait_minutes: 35,
      appointment_id: null,
      patient_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e80',
      name: null,
      service_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e71',
      professional_id: '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e6f',
      resource_id: null,
      duration_minutes: 30,
      notes: null,
      allowed_actions: ['call', 'start', 'remove'],
      joined_at: '2026-03-10T12:00:00.000Z',
      called_at: null,
      started_at: null,
      finished_at: null,
      version: 1,
    },
  });
export type QueueEntry = z.infer<typeof queueEntrySchema>;
