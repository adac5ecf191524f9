import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exceptionSchema, ruleSchema } from '../contracts/availability';
import { addAvailabilityException } from '../use-cases/add-availability-exception';
import { addAvailabilityRule } from '../use-cases/add-availability-rule';
import { deleteAvailabilityException, deleteAvailabilityRule } from '../use-cases/delete-availability';
import { getAvailabilityException, getAvailabilityRule } from '../use-cases/get-availability';
import { listAvailabilityExceptions, listAvailabilityRules } from '../use-cases/list-availability';
import { noContent } from './appointments.schema';
import * as s from './availability.schema';
import { setupQuery } from './setup.schema';

const tags = ['agenda'];
const read = { permission: 'appointments:read' } as const;
const manage = { permission: 'appointments:manage' } as const;

/** /agenda/availability-rules and /agenda/availability-exceptions: when professionals and resources are open. */
export const availabilityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/agenda/availability-rules',
    {
      config: { ...manage, versioned: { ifMatch: false } },
      schema: {
        operationId: 'createAvailabilityRule',
        summary: 'Open a professional or resource weekly',
        description: "Wall times in the workspace's time zone: the same local hours across DST changes.",
        tags,
        body: s.createRuleBody,
        response: { 201: ruleSchema },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const rule = await addAvailabilityRule({
        ctx: req.ctx,
        input: {
          ownerKind: b.owner_kind,
          ownerId: b.owner_id,
          weekday: b.weekday,
          start: b.start,
          end: b.end,
          maxRules: app.config.AGENDA_RULES_MAX,
        },
      });
      reply.code(201).header('location', `${app.prefix}/agenda/availability-rules/${rule.id}`);
      return rule;
    },
  );
  app.get(
    '/agenda/availability-rules',
    {
      config: read,
      schema: {
        operationId: 'listAvailabilityRules',
        summary: 'The weekly rules of a professional or resource',
        tags,
        querystring: s.rulesQuery(app.config),
        response: { 200: s.rulePage },
      },
    },
    async (req) =>
      listAvailabilityRules({
        ctx: req.ctx,
        input: {
          ownerKind: req.query.owner_kind,
          ownerId: req.query.owner_id,
          limit: req.query.limit,
          cursor: req.query.cursor,
        },
      }),
  );
  app.get(
    '/agenda/availability-rules/:rule_id',
    {
      config: read,
      schema: {
        operationId: 'getAvailabilityRule',
        summary: 'A weekly rule',
        tags,
        params: s.ruleParams,
        response: { 200: ruleSchema },
      },
    },
    async (req) => getAvailabilityRule({ ctx: req.ctx, input: { ruleId: req.params.rule_id } }),
  );
  app.delete(
    '/agenda/availability-rules/:rule_id',
    {
      config: manage,
      schema: {
        operationId: 'deleteAvailabilityRule',
        summary: 'Remove a weekly rule',
        tags,
        params: s.ruleParams,
        response: { 204: noContent },
      },
    },
    async (req, reply) => {
      await deleteAvailabilityRule({ ctx: req.ctx, input: { ruleId: req.params.rule_id } });
      reply.code(204);
      return null;
    },
  );

  app.post(
    '/agenda/availability-exceptions',
    {
      config: { ...manage, versioned: { ifMatch: false } },
      schema: {
        operationId: 'createAvailabilityException',
        summary: 'Close (holiday, absence) or open (extra hours) a time range',
        description: 'Without owner it closes or opens the whole workspace.',
        tags,
        body: s.createExceptionBody,
        response: { 201: exceptionSchema },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const created = await addAvailabilityException({
        ctx: req.ctx,
        input: {
          ownerKind: b.owner_kind ?? null,
          ownerId: b.owner_id ?? null,
          kind: b.kind,
          startsAt: b.starts_at,
          endsAt: b.ends_at,
          reason: b.reason,
        },
      });
      reply.code(201).header('location', `${app.prefix}/agenda/availability-exceptions/${created.id}`);
      return created;
    },
  );
  app.get(
    '/agenda/availability-exceptions',
    {
      config: read,
      schema: {
        operationId: 'listAvailabilityExceptions',
        summary: 'Availability exceptions',
        tags,
        querystring: setupQuery(app.config),
        response: { 200: s.exceptionPage },
      },
    },
    async (req) => listAvailabilityExceptions({ ctx: req.ctx, input: req.query }),
  );
  app.get(
    '/agenda/availability-exceptions/:exception_id',
    {
      config: read,
      schema: {
        operationId: 'getAvailabilityException',
        summary: 'An availability exception',
        tags,
        params: s.exceptionParams,
        response: { 200: exceptionSchema },
      },
    },
    async (req) => getAvailabilityException({ ctx: req.ctx, input: { exceptionId: req.params.exception_id } }),
  );
  app.delete(
    '/agenda/availability-exceptions/:exception_id',
    {
      config: manage,
      schema: {
        operationId: 'deleteAvailabilityException',
        summary: 'Remove an exception',
        tags,
        params: s.exceptionParams,
        response: { 204: noContent },
      },
    },
    async (req, reply) => {
      await deleteAvailabilityException({ ctx: req.ctx, input: { exceptionId: req.params.exception_id } });
      reply.code(204);
      return null;
    },
  );
};
