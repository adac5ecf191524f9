import { ifMatchVersion, registerTitles } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addCustomerNote } from '../use-cases/add-customer-note';
import { createCustomer } from '../use-cases/create-customer';
import { deleteCustomer } from '../use-cases/delete-customer';
import { findCustomerByPhone } from '../use-cases/find-customer-by-phone';
import { getCustomer } from '../use-cases/get-customer';
import { listCustomers } from '../use-cases/list-customers';
import { mergeCustomers } from '../use-cases/merge-customers';
import { updateCustomer } from '../use-cases/update-customer';
import * as s from './customers.schema';

registerTitles({
  customer_not_found: { es: 'Cliente no encontrado', 'pt-BR': 'Cliente não encontrado' },
  customer_phone_taken: {
    es: 'El teléfono ya pertenece a otro cliente',
    'pt-BR': 'O telefone já pertence a outro cliente',
  },
  customer_merged: { es: 'El cliente fue fusionado', 'pt-BR': 'O cliente foi mesclado' },
  invalid_phone: { es: 'Teléfono no válido', 'pt-BR': 'Telefone inválido' },
});

const tags = ['customers'];

/** /customers: CRUD, search, by-phone lookup, notes and merge. Handlers parse, call one use-case, return. */
export const customerRoutes: FastifyPluginAsyncZod = async (app) => {
  const region = app.config.CUSTOMER_DEFAULT_REGION;
  const pageMax = app.config.CATALOG_PAGE_MAX;

  app.get(
    '/customers',
    {
      config: { permission: 'customers:read' },
      schema: {
        summary: 'List and search customers',
        tags,
        querystring: s.listQuery,
        response: { 200: s.customerPage },
      },
    },
    async (req) =>
      listCustomers({
        ctx: req.ctx,
        input: { q: req.query.q, limit: Math.min(req.query.limit, pageMax), cursor: req.query.cursor },
      }),
  );

  app.post(
    '/customers',
    {
      config: { permission: 'customers:write', versioned: { ifMatch: false } },
      schema: { summary: 'Create a customer', tags, body: s.createBody, response: { 201: s.customerSchema } },
    },
    async (req, reply) => {
      reply.code(201);
      return createCustomer({ ctx: req.ctx, input: { ...req.body, defaultRegion: region } });
    },
  );

  app.get(
    '/customers/by-phone/:phone',
    {
      config: { permission: 'customers:read', versioned: true },
      schema: {
        summary: 'Find a customer by phone (any spelling)',
        tags,
        params: s.phoneParams,
        response: { 200: s.customerSchema },
      },
    },
    async (req) => findCustomerByPhone({ ctx: req.ctx, input: { phone: req.params.phone, defaultRegion: region } }),
  );

  app.get(
    '/customers/:id',
    {
      config: { permission: 'customers:read', versioned: true },
      schema: { summary: 'A customer with notes', tags, params: s.idParams, response: { 200: s.customerDetailSchema } },
    },
    async (req) => getCustomer({ ctx: req.ctx, input: { customerId: req.params.id } }),
  );

  app.patch(
    '/customers/:id',
    {
      config: { permission: 'customers:write', versioned: true },
      schema: {
        summary: 'Update a customer',
        tags,
        params: s.idParams,
        body: s.updateBody,
        response: { 200: s.customerSchema },
      },
    },
    async (req) =>
      updateCustomer({
        ctx: req.ctx,
        input: {
          customerId: req.params.id,
          name: req.body.name,
          phone: req.body.phone,
          email: req.body.email,
          expectedVersion: ifMatchVersion(req, req.body.expected_version),
          defaultRegion: region,
        },
      }),
  );

  app.delete(
    '/customers/:id',
    {
      config: { permission: 'customers:write', versioned: true },
      schema: { summary: 'Soft-delete a customer', tags, params: s.idParams, response: { 204: s.noContent } },
    },
    async (req, reply) => {
      await deleteCustomer({
        ctx: req.ctx,
        input: { customerId: req.params.id, expectedVersion: ifMatchVersion(req) },
      });
      reply.code(204);
      return null;
    },
  );

  app.post(
    '/customers/:id/notes',
    {
      config: { permission: 'customers:write' },
      schema: {
        summary: 'Add a note to a customer',
        tags,
        params: s.idParams,
        body: s.noteBody,
        response: { 201: s.noteSchema },
      },
    },
    async (req, reply) => {
      reply.code(201);
      return addCustomerNote({ ctx: req.ctx, input: { customerId: req.params.id, body: req.body.body } });
    },
  );

  app.post(
    '/customers/:id/merge',
    {
      config: { permission: 'customers:merge', versioned: { ifMatch: true } },
      schema: {
        summary: 'Merge a duplicate into this customer',
        tags,
        params: s.idParams,
        body: s.mergeBody,
        response: { 200: s.customerDetailSchema },
      },
    },
    async (req) =>
      mergeCustomers({
        ctx: req.ctx,
        input: {
          survivorId: req.params.id,
          duplicateId: req.body.duplicate_id,
          expectedVersion: ifMatchVersion(req),
        },
      }),
  );
};
