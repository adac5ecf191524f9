import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { seriesSchema } from '../contracts/series';
import { bookSeries } from '../use-cases/book-series';
import { cancelSeries } from '../use-cases/cancel-series';
import { getSeries } from '../use-cases/get-series';
import * as s from './series.schema';

const tags = ['agenda'];

/** /agenda/appointment-series: recurring appointments (an RRULE) for a treatment. */
export const seriesRoutes: FastifyPluginAsyncZod = async (app) => {
  const cfg = app.config;

  app.post(
    '/agenda/appointment-series',
    {
      config: { permission: 'appointments:write', versioned: { ifMatch: false } },
      schema: {
        operationId: 'bookAppointmentSeries',
        summary: 'Book a recurring series from an RRULE',
        description:
          'Expanded in the workspace time zone (a 09:00 rule stays at 09:00 local across DST). Each occurrence becomes a booked appointment. 409 `series_conflict` lists in `occurrences` each one taken (with the conflicting appointment) or outside opening hours.',
        tags,
        body: s.seriesBody(cfg),
        response: { 201: seriesSchema },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const series = await bookSeries({
        ctx: req.ctx,
        input: {
          serviceId: b.service_id,
          professionalId: b.professional_id,
          resourceId: b.resource_id,
          patientId: b.patient_id,
          startsAt: b.starts_at,
          rrule: b.rrule,
          mode: b.mode ?? 'all_or_nothing',
          notes: b.notes,
          max: cfg.AGENDA_SERIES_MAX,
        },
      });
      reply.code(201).header('location', `${app.prefix}/agenda/appointment-series/${series.id}`);
      return series;
    },
  );

  app.get(
    '/agenda/appointment-series/:series_id',
    {
      config: { permission: 'appointments:read', versioned: true },
      schema: {
        operationId: 'getAppointmentSeries',
        summary: 'A series with its occurrences and their statuses',
        tags,
        params: s.seriesParams,
        response: { 200: seriesSchema },
      },
    },
    async (req) => getSeries({ ctx: req.ctx, input: { seriesId: req.params.series_id } }),
  );

  app.post(
    '/agenda/appointment-series/:series_id/cancel',
    {
      config: { permission: 'appointments:write', versioned: { ifMatch: false } },
      schema: {
        operationId: 'cancelAppointmentSeries',
        summary: 'Cancel the rest of a series',
        description:
          'Cancels every occurrence starting at or after `from` (default now) that may still be canceled; cancel a single occurrence with cancelAppointment.',
        tags,
        params: s.seriesParams,
        body: s.cancelSeriesBody,
        response: { 200: seriesSchema },
      },
    },
    async (req) =>
      cancelSeries({
        ctx: req.ctx,
        input: { seriesId: req.params.series_id, from: req.body?.from, reason: req.body?.reason },
      }),
  );
};
