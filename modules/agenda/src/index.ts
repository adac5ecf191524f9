// @nexova/agenda — professionals, resources, services, availability, slots and appointments with
// holds. The only door into the module.
export * from './contracts/appointment';
export * from './contracts/availability';
export * from './contracts/events/appointment-events.v1';
export * from './contracts/resources';
export {
  APPOINTMENT_STATUSES,
  type AppointmentStatus,
  allowedActions,
  STAFF_ACTIONS,
} from './domain/appointment-status';
export { agendaModule } from './module';
export { addAvailabilityException } from './use-cases/add-availability-exception';
export { addAvailabilityRule } from './use-cases/add-availability-rule';
export { createProfessional } from './use-cases/create-professional';
export { createResource } from './use-cases/create-resource';
export { createService } from './use-cases/create-service';
export { expireHold } from './use-cases/expire-hold';
export { findSlots } from './use-cases/find-slots';
export { getAppointment } from './use-cases/get-appointment';
export { getProfessional, getResource, getService } from './use-cases/get-setup';
export { holdSlot } from './use-cases/hold-slot';
export { listAppointments } from './use-cases/list-appointments';
export { listProfessionals, listResources, listServices } from './use-cases/list-setup';
export { moveAppointment } from './use-cases/move-appointment';
export { rescheduleAppointment } from './use-cases/reschedule-appointment';
export { updateProfessional } from './use-cases/update-professional';
export { updateResource } from './use-cases/update-resource';
export { updateService } from './use-cases/update-service';
