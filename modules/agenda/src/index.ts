// @nexova/agenda — professionals, resources, services, availability, slots and appointments with
// holds. The only door into the module.
export * from './contracts/appointment';
export * from './contracts/availability';
export * from './contracts/events/appointment-events.v1';
export * from './contracts/events/queue-events.v1';
export * from './contracts/queue';
export * from './contracts/resources';
export * from './contracts/series';
export * from './contracts/settings';
export {
  APPOINTMENT_STATUSES,
  type AppointmentStatus,
  allowedActions,
  STAFF_ACTIONS,
} from './domain/appointment-status';
export { agendaModule } from './module';
export type { Notice, NoticeAttachment, NoticeOutcome, Notifier, ReminderSettings } from './reminders/notifier';
export { type ReminderTokens, reminderTokens } from './reminders/reminder-token';
export { addAvailabilityException } from './use-cases/add-availability-exception';
export { addAvailabilityRule } from './use-cases/add-availability-rule';
export { getAgendaSettings, putAgendaSettings } from './use-cases/agenda-settings';
export { bookSeries } from './use-cases/book-series';
export { callNext } from './use-cases/call-next';
export { cancelSeries } from './use-cases/cancel-series';
export { type AgendaDayCounts, type CountAgendaDayInput, countAgendaDay } from './use-cases/count-agenda-day';
export { createProfessional } from './use-cases/create-professional';
export { createResource } from './use-cases/create-resource';
export { createService } from './use-cases/create-service';
export { expireHold } from './use-cases/expire-hold';
export { findSlots } from './use-cases/find-slots';
export { getAppointment } from './use-cases/get-appointment';
export { getSeries } from './use-cases/get-series';
export { getProfessional, getResource, getService } from './use-cases/get-setup';
export { holdSlot } from './use-cases/hold-slot';
export { addWalkIn } from './use-cases/join-queue';
export { listAppointments } from './use-cases/list-appointments';
export { listQueue } from './use-cases/list-queue';
export { listProfessionals, listResources, listServices } from './use-cases/list-setup';
export { moveAppointment } from './use-cases/move-appointment';
export { moveQueueEntry } from './use-cases/move-queue-entry';
export { rescheduleAppointment } from './use-cases/reschedule-appointment';
export { sendReminder } from './use-cases/send-reminder';
export { updateProfessional } from './use-cases/update-professional';
export { updateResource } from './use-cases/update-resource';
export { updateService } from './use-cases/update-service';
