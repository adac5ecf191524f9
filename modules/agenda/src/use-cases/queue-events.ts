import type { TxContext } from '@nexova/db';
import { publish } from '@nexova/events';
import * as events from '../contracts/events/queue-events.v1';
import type { QueueEntryRow } from '../db/queue-store';

// Private: the event each queue change publishes (the realtime feed streams them to reception screens).

const eventOf = {
  joined: events.queueJoined,
  called: events.queueCalled,
  started: events.queueStarted,
  finished: events.queueFinished,
  left: events.queueLeft,
} as const;

export async function publishQueue(
  t: TxContext,
  fact: keyof typeof eventOf,
  row: QueueEntryRow,
  fromStatus: string | null,
) {
  await publish(t, eventOf[fact], {
    aggregateId: row.id,
    payload: {
      entry_id: row.id,
      queue_kind: row.queueKind,
      queue_owner_id: row.queueOwnerId,
      day: row.day,
      status: row.status,
      from_status: fromStatus,
      appointment_id: row.appointmentId,
      patient_id: row.patientId,
      name: row.name,
      version: row.version,
    },
  });
}
