import { defineEvent } from '@nexova/events';
import { z } from 'zod';

// The reception queue's facts. The realtime feed (/ws) streams them to the front desk's screens,
// so a queue is live without polling; each carries enough to redraw the entry's line.

const entry = z.object({
  entry_id: z.string().uuid(),
  queue_kind: z.string(),
  queue_owner_id: z.string().uuid().nullable(),
  day: z.string(),
  status: z.string(),
  from_status: z.string().nullable(),
  appointment_id: z.string().uuid().nullable(),
  patient_id: z.string().uuid().nullable(),
  name: z.string().nullable(),
  version: z.number().int(),
});

const fact = (type: string, description: string) =>
  defineEvent({
    permission: 'appointments:read',
    type: `agenda.queue.${type}`,
    version: 1,
    aggregate: 'queue_entry',
    description,
    payload: entry,
  });

export const queueJoined = fact(
  'joined',
  'Someone joined a reception queue (a walk-in, or an appointment checked in).',
);
export const queueCalled = fact('called', 'A waiting patient was called to the professional or room.');
export const queueStarted = fact('started', 'The called patient is being seen (in service).');
export const queueFinished = fact('finished', 'The patient was seen; the entry is done.');
export const queueLeft = fact('left', 'The patient left the queue (status left or no_show) before being seen.');
