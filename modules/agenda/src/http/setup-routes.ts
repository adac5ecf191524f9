import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { professionalSchema, resourceSchema, serviceSchema } from '../contracts/resources';
import { createProfessional } from '../use-cases/create-professional';
import { createResource } from '../use-cases/create-resource';
import { createService } from '../use-cases/create-service';
import { getProfessional, getResource, getService } from '../use-cases/get-setup';
import { listProfessionals, listResources, listServices } from '../use-cases/list-setup';
import * as s from './setup.schema';

const tags = ['agenda'];
const read = { permission: 'appointments:read' } as const;
const manage = { permission: 'appointments:manage', versioned: { ifMatch: false } } as const;

/** /agenda/professionals, /agenda/resources, /agenda/services: who and what can be booked. */
export const setupRoutes: FastifyPluginAsyncZod = async (app) => {
  const url = (path: string, id: string) => `${app.prefix}/agenda/${path}/${id}`;
  const page = s.setupQuery(app.config);

  app.post(
    '/agenda/professionals',
    {
      config: manage,
      schema: {
        operationId: 'createProfessional',
        summary: 'Create a professional profile',
        tags,
        body: s.createProfessionalBody,
        response: { 201: professionalSchema },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const created = await createProfessional({
        ctx: req.ctx,
        input: { name: b.name, userId: b.user_id, specialtyIds: b.specialty_ids, licenceNumber: b.licence_number },
      });
      reply.code(201).header('location', url('professionals', created.id));
      return created;
    },
  );
  app.get(
    '/agenda/professionals',
    {
      config: read,
      schema: {
        operationId: 'listProfessionals',
        summary: 'List professionals',
        tags,
        querystring: page,
        response: { 200: s.professionalPage },
      },
    },
    async (req) => listProfessionals({ ctx: req.ctx, input: req.query }),
  );
  app.get(
    '/agenda/professionals/:professional_id',
    {
      config: { ...read, versioned: true },
      schema: {
        operationId: 'getProfessional',
        summary: 'A professional',
        tags,
        params: s.professionalParams,
        response: { 200: professionalSchema },
      },
    },
    async (req) => getProfessional({ ctx: req.ctx, input: { professionalId: req.params.professional_id } }),
  );

  app.post(
    '/agenda/resources',
    {
      config: manage,
      schema: {
        operationId: 'createResource',
        summary: 'Create a room or resource',
        tags,
        body: s.createResourceBody,
        response: { 201: resourceSchema },
      },
    },
    async (req, reply) => {
      const created = await createResource({ ctx: req.ctx, input: req.body });
      reply.code(201).header('location', url('resources', created.id));
      return created;
    },
  );
  app.get(
    '/agenda/resources',
    {
      config: read,
      schema: {
        operationId: 'listResources',
        summary: 'List rooms and resources',
        tags,
        querystring: page,
        response: { 200: s.resourcePage },
      },
    },
    async (req) => listResources({ ctx: req.ctx, input: req.query }),
  );
  app.get(
    '/agenda/resources/:resource_id',
    {
      config: { ...read, versioned: true },
      schema: {
        operationId: 'getResource',
        summary: 'A room or resource',
        tags,
        params: s.resourceParams,
        response: { 200: resourceSchema },
      },
    },
    async (req) => getResource({ ctx: req.ctx, input: { resourceId: req.params.resource_id } }),
  );

  app.post(
    '/agenda/services',
    {
      config: manage,
      schema: {
        operationId: 'createService',
        summary: 'Create a bookable service',
        description:
          'Every professional and resource it names must exist (400 naming the unknown ones). From a procedure of the ' +
          'clinical catalog (`catalog_entry_id`), name and duration default to the entry as this workspace sees it.',
        tags,
        body: s.createServiceBody,
        response: { 201: serviceSchema },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const created = await createService({
        ctx: req.ctx,
        input: {
          name: b.name,
          durationMinutes: b.duration_minutes,
          professionalIds: b.professional_ids,
          resourceIds: b.resource_ids,
          catalogEntryId: b.catalog_entry_id,
          price: b.price,
          currency: b.currency,
        },
      });
      reply.code(201).header('location', url('services', created.id));
      return created;
    },
  );
  app.get(
    '/agenda/services',
    {
      config: read,
      schema: {
        operationId: 'listServices',
        summary: 'List services',
        tags,
        querystring: page,
        response: { 200: s.servicePage },
      },
    },
    async (req) => listServices({ ctx: req.ctx, input: req.query }),
  );
  app.get(
    '/agenda/services/:service_id',
    {
      config: { ...read, versioned: true },
      schema: {
        operationId: 'getService',
        summary: 'A service',
        tags,
        params: s.serviceParams,
        response: { 200: serviceSchema },
      },
    },
    async (req) => getService({ ctx: req.ctx, input: { serviceId: req.params.service_id } }),
  );
};
