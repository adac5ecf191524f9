import { ifMatchVersion } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { professionalSchema, resourceSchema, serviceSchema } from '../contracts/resources';
import { updateProfessional } from '../use-cases/update-professional';
import { updateResource } from '../use-cases/update-resource';
import { updateService } from '../use-cases/update-service';
import * as s from './setup.schema';

const tags = ['agenda'];
const config = { permission: 'appointments:manage', versioned: true } as const;

/** PATCH of professionals, resources and services (If-Match guards the version). */
export const setupUpdateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.patch(
    '/agenda/professionals/:professional_id',
    {
      config,
      schema: {
        operationId: 'updateProfessional',
        summary: 'Edit or deactivate a professional',
        tags,
        params: s.professionalParams,
        body: s.updateProfessionalBody,
        response: { 200: professionalSchema },
      },
    },
    async (req) => {
      const b = req.body;
      return updateProfessional({
        ctx: req.ctx,
        input: {
          professionalId: req.params.professional_id,
          name: b.name,
          userId: b.user_id,
          specialtyIds: b.specialty_ids,
          licenceNumber: b.licence_number,
          active: b.active,
          expectedVersion: ifMatchVersion(req),
        },
      });
    },
  );

  app.patch(
    '/agenda/resources/:resource_id',
    {
      config,
      schema: {
        operationId: 'updateResource',
        summary: 'Edit or deactivate a room or resource',
        tags,
        params: s.resourceParams,
        body: s.updateResourceBody,
        response: { 200: resourceSchema },
      },
    },
    async (req) =>
      updateResource({
        ctx: req.ctx,
        input: { resourceId: req.params.resource_id, ...req.body, expectedVersion: ifMatchVersion(req) },
      }),
  );

  app.patch(
    '/agenda/services/:service_id',
    {
      config,
      schema: {
        operationId: 'updateService',
        summary: 'Edit or deactivate a service',
        tags,
        params: s.serviceParams,
        body: s.updateServiceBody,
        response: { 200: serviceSchema },
      },
    },
    async (req) => {
      const b = req.body;
      return updateService({
        ctx: req.ctx,
        input: {
          serviceId: req.params.service_id,
          name: b.name,
          durationMinutes: b.duration_minutes,
          professionalIds: b.professional_ids,
          resourceIds: b.resource_ids,
          catalogEntryId: b.catalog_entry_id,
          price: b.price,
          currency: b.currency,
          active: b.active,
          expectedVersion: ifMatchVersion(req),
        },
      });
    },
  );
};
