import * as a from '@nexova/agenda';
import { invoiceIssued, invoicePaymentRegistered, invoicePaymentReversed, invoiceVoided } from '@nexova/billing';
import { patientCreated, patientMerged, patientUpdated } from '@nexova/clinic';
import { defineConsumer } from '@nexova/events';
import { recordTimelineEvent } from '../use-cases/record-timeline-event';

/**
 * Every event about a patient becomes an entry of their timeline (one consumer for all of them, so
 * a merge is applied after the merged patient's earlier events, in log order).
 */
export const timelineConsumer = defineConsumer({
  name: 'patient-records.timeline',
  events: [
    patientCreated,
    patientUpdated,
    patientMerged,
    a.appointmentHeld,
    a.appointmentBooked,
    a.appointmentConfirmed,
    a.appointmentCheckedIn,
    a.appointmentStarted,
    a.appointmentCompleted,
    a.appointmentCanceled,
    a.appointmentNoShow,
    a.appointmentRescheduled,
    a.appointmentReleased,
    a.appointmentExpired,
    a.queueJoined,
    a.queueCalled,
    a.queueStarted,
    a.queueFinished,
    a.queueLeft,
    invoiceIssued,
    invoiceVoided,
    invoicePaymentRegistered,
    invoicePaymentReversed,
  ],
  async handle({ ctx, event }) {
    await recordTimelineEvent({ ctx, input: event });
  },
});
