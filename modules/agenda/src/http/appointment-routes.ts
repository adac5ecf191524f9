import { ifMatchVersion } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { appointmentDetailSchema, appointmentSchema } from '../contracts/appointment';
import type { StaffAction } from '../domain/appointment-status';
import { findSlots } from '../use-cases/find-slots';
import { getAppointment } from '../use-cases/get-appointment';
import { holdSlot } from '../use-cases/hold-slot';
import { listAppointments } from '../use-cases/list-appointments';
import { moveAppointment } from '../use-cases/move-appointment';
import { rescheduleAppointment } from '../use-cases/reschedule-appointment';
import * as s from './appointments.schema';

const tags = ['agenda'];
type Move = Exclude<StaffAction, 'reschedule'>;

/** The lifecycle routes: POST /agenda/appointments/{appointment_id}/<path>. */
const moves: Record<Move, { path: string; operationId: string; summary: string }> = {
  book: { path: 'book', operationId: 'bookAppointment', summary: 'Book a held slot for a patient (held → booked)' },
  confirm: {
    path: 'confirm',
    operationId: 'confirmAppointment',
    summary: 'The patient confirmed (booked → confirmed)',
  },
  check_in: { path: 'check-in', operationId: 'checkInAppointment', summary: 'The patient arrived (→ checked_in)' },
  start: {
    path: 'start',
    operationId: 'startAppointment',
    summary: 'The professional starts (checked_in → in_service)',
  },
  complete: {
    path: 'complete',
    operationId: 'completeAppointment',
    summary: 'The appointment ended (in_service → completed)',
  },
  cancel: { path: 'cancel', operationId: 'cancelAppointment', summary: 'Cancel an appointment, with the reason' },
  no_show: { path: 'no-show', operationId: 'markAppointmentNoShow', summary: 'The patient did not come' },
  release: { path: 'release', operationId: 'releaseHold', summary: 'Release a hold: its slot is free again' },
};

/** /agenda/slots and /agenda/appointments: find, hold, book and move through the lifecycle. */
export const appointmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const cfg = app.config;

  app.get(
    '/agenda/slots',
    {
      config: { permission: 'appointments:read' },
      schema: {
        operationId: 'findSlots',
        summary: 'Free slots of a service (a professional and a room together)',
        description:
          'Honours weekly rules in the workspace time zone, exceptions, appointments and live holds. The range is at most AGENDA_SLOT_RANGE_MAX_DAYS days; slots start no earlier than now.',
        tags,
        querystring: s.slotsQuery(cfg),
        response: { 200: s.slotPage },
      },
    },
    async (req) => {
      const q = req.query;
      return findSlots({
        ctx: req.ctx,
        input: {
          serviceId: q.service_id,
          from: q.from,
          to: q.to,
          professionalId: q.professional_id,
          stepMinutes: q.step_minutes,
          limit: q.limit ?? cfg.AGENDA_SLOTS_MAX,
          cursor: q.cursor,
        },
      });
    },
  );

  app.post(
    '/agenda/appointments',
    {
      config: { permission: 'appointments:write', versioned: { ifMatch: false } },
      schema: {
        operationId: 'holdSlot',
        summary: 'Hold a slot (held until expires_at)',
        description:
          'Creates a `held` appointment; book it before expires_at or it frees itself. 409 `slot_taken` names the appointment that already holds an overlapping time of the professional or the room.',
        tags,
        body: s.holdBody(cfg),
        response: { 201: appointmentSchema },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const held = await holdSlot({
        ctx: req.ctx,
        input: {
          serviceId: b.service_id,
          professionalId: b.professional_id,
          resourceId: b.resource_id,
          startsAt: b.starts_at,
          patientId: b.patient_id,
          notes: b.notes,
          ttlSeconds: b.ttl_seconds ?? cfg.AGENDA_HOLD_TTL_SECONDS,
        },
      });
      reply.code(201).header('location', `${app.prefix}/agenda/appointments/${held.id}`);
      return held;
    },
  );

  app.get(
    '/agenda/appointments',
    {
      config: { permission: 'appointments:read' },
      schema: {
        operationId: 'listAppointments',
        summary: 'The agenda, by start time',
        tags,
        querystring: s.listQuery(cfg),
        response: { 200: s.appointmentPage },
      },
    },
    async (req) => {
      const q = req.query;
      return listAppointments({
        ctx: req.ctx,
        input: {
          from: q.from,
          to: q.to,
          professionalId: q.professional_id,
          resourceId: q.resource_id,
          patientId: q.patient_id,
          status: q.status,
          limit: q.limit,
          cursor: q.cursor,
        },
      });
    },
  );

  app.get(
    '/agenda/appointments/:appointment_id',
    {
      config: { permission: 'appointments:read', versioned: true },
      schema: {
        operationId: 'getAppointment',
        summary: 'An appointment with its history',
        tags,
        params: s.appointmentParams,
        response: { 200: appointmentDetailSchema },
      },
    },
    async (req) => getAppointment({ ctx: req.ctx, input: { appointmentId: req.params.appointment_id } }),
  );

  for (const action of Object.keys(moves) as Move[]) {
    const m = moves[action];
    app.post(
      `/agenda/appointments/:appointment_id/${m.path}`,
      {
        config: { permission: 'appointments:write', versioned: { ifMatch: true } },
        schema: {
          operationId: m.operationId,
          summary: m.summary,
          description: '409 `appointment_status_conflict` lists `allowed_actions` when the status does not allow it.',
          tags,
          params: s.appointmentParams,
          body: action === 'book' ? s.optionalBookBody : s.optionalMoveBody,
          response: { 200: appointmentSchema },
        },
      },
      async (req) => {
        const body = req.body as { reason?: string; expected_version?: number; patient_id?: string } | null | undefined;
        return moveAppointment({
          ctx: req.ctx,
          input: {
            appointmentId: req.params.appointment_id,
            action,
            reason: body?.reason,
            patientId: body?.patient_id,
            expectedVersion: ifMatchVersion(req, body?.expected_version),
          },
        });
      },
    );
  }

  app.post(
    '/agenda/appointments/:appointment_id/reschedule',
    {
      config: { permission: 'appointments:write', versioned: { ifMatch: true } },
      schema: {
        operationId: 'rescheduleAppointment',
        summary: 'Move an appointment to another time',
        description:
          'The old appointment is kept as `rescheduled` (rescheduled_to_id); the answer is the new one (201).',
        tags,
        params: s.appointmentParams,
        body: s.rescheduleBody,
        response: { 201: appointmentSchema },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const moved = await rescheduleAppointment({
        ctx: req.ctx,
        input: {
          appointmentId: req.params.appointment_id,
          startsAt: b.starts_at,
          professionalId: b.professional_id,
          resourceId: b.resource_id,
          reason: b.reason,
          expectedVersion: ifMatchVersion(req, b.expected_version),
        },
      });
      reply.code(201).header('location', `${app.prefix}/agenda/appointments/${moved.id}`);
      return moved;
    },
  );
};
