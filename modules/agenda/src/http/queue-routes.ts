import { ifMatchVersion } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { queueEntrySchema } from '../contracts/queue';
import { callNext } from '../use-cases/call-next';
import { getQueueEntry } from '../use-cases/get-queue-entry';
import { addWalkIn } from '../use-cases/join-queue';
import { listQueue } from '../use-cases/list-queue';
import { moveQueueEntry } from '../use-cases/move-queue-entry';
import * as s from './queue.schema';

const tags = ['agenda'];
const LIVE = 'Each change is published as an agenda.queue.* event, so /ws streams the queue live.';

const moves = {
  call: { operationId: 'callQueueEntry', summary: 'Call this patient (waiting → called)' },
  start: { operationId: 'startQueueEntry', summary: 'The patient is being seen (→ in_service)' },
  finish: { operationId: 'finishQueueEntry', summary: 'The patient was seen (in_service → done)' },
  remove: { operationId: 'removeQueueEntry', summary: 'The patient left the queue (→ left or no_show)' },
} as const;

/** /agenda/queue: the reception queue of a professional, a room or the front desk, per local day. */
export const queueRoutes: FastifyPluginAsyncZod = async (app) => {
  const cfg = app.config;

  app.get(
    '/agenda/queue',
    {
      config: { permission: 'appointments:read' },
      schema: {
        operationId: 'listQueue',
        summary: "A day's reception queue with positions and estimated waits",
        description: `Join order; position 1 is next. The estimate assumes one patient at a time: the rest of who is in service, everyone called, then the waiting ahead (service durations). Without professional_id or resource_id it is the front desk's queue. Positions and estimates are the whole queue's on every page. ${LIVE}`,
        tags,
        querystring: s.queueQuery(cfg),
        response: { 200: s.queuePage },
      },
    },
    async (req) => {
      const q = req.query;
      return listQueue({
        ctx: req.ctx,
        input: {
          professionalId: q.professional_id,
          resourceId: q.resource_id,
          day: q.day,
          includeClosed: q.include_closed === 'true',
          limit: q.limit,
          cursor: q.cursor,
        },
      });
    },
  );

  app.post(
    '/agenda/queue',
    {
      config: { permission: 'appointments:write', versioned: { ifMatch: false } },
      schema: {
        operationId: 'addWalkIn',
        summary: 'A walk-in joins today’s queue',
        description: `A patient without an appointment joins the queue of a professional, else a room, else the front desk (checking an appointment in enqueues it by itself). 409 \`queue_full\` past AGENDA_QUEUE_MAX. ${LIVE}`,
        tags,
        body: s.walkInBody,
        response: { 201: queueEntrySchema },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const entry = await addWalkIn({
        ctx: req.ctx,
        input: {
          patientId: b.patient_id,
          name: b.name,
          professionalId: b.professional_id,
          resourceId: b.resource_id,
          serviceId: b.service_id,
          notes: b.notes,
          defaultMinutes: cfg.AGENDA_QUEUE_DEFAULT_MINUTES,
          max: cfg.AGENDA_QUEUE_MAX,
        },
      });
      reply.code(201).header('location', `${app.prefix}/agenda/queue/${entry.id}`);
      return entry;
    },
  );

  app.post(
    '/agenda/queue/call-next',
    {
      config: { permission: 'appointments:write', versioned: { ifMatch: false } },
      schema: {
        operationId: 'callNextInQueue',
        summary: 'Call the next waiting patient',
        description:
          'Receptionists calling at once call different patients (the row is taken with SKIP LOCKED). 409 `queue_empty` when nobody is waiting.',
        tags,
        body: s.callNextBody,
        response: { 200: queueEntrySchema },
      },
    },
    async (req) =>
      callNext({
        ctx: req.ctx,
        input: { professionalId: req.body.professional_id, resourceId: req.body.resource_id, day: req.body.day },
      }),
  );

  app.get(
    '/agenda/queue/:entry_id',
    {
      config: { permission: 'appointments:read', versioned: true },
      schema: {
        operationId: 'getQueueEntry',
        summary: 'A queue entry with its position and estimated wait',
        tags,
        params: s.entryParams,
        response: { 200: queueEntrySchema },
      },
    },
    async (req) => getQueueEntry({ ctx: req.ctx, input: { entryId: req.params.entry_id } }),
  );

  for (const action of Object.keys(moves) as (keyof typeof moves)[]) {
    const m = moves[action];
    app.post(
      `/agenda/queue/:entry_id/${action}`,
      {
        config: { permission: 'appointments:write', versioned: { ifMatch: true } },
        schema: {
          operationId: m.operationId,
          summary: m.summary,
          description:
            '409 `queue_status_conflict` lists `allowed_actions`. An entry of a checked-in appointment moves it too (start → in_service, finish → completed, remove → canceled).',
          tags,
          params: s.entryParams,
          body: action === 'remove' ? s.removeEntryBody : s.moveEntryBody,
          response: { 200: queueEntrySchema },
        },
      },
      async (req) => {
        const body = req.body as { expected_version?: number; outcome?: 'left' | 'no_show' } | null | undefined;
        return moveQueueEntry({
          ctx: req.ctx,
          input: {
            entryId: req.params.entry_id,
            action,
            outcome: body?.outcome,
            expectedVersion: ifMatchVersion(req, body?.expected_version),
          },
        });
      },
    );
  }
};
