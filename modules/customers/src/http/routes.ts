import type { AppContext } from '@nexova/db';
import { ifMatchVersion, registerTitles } from '@nexova/http';
import { getWorkspaceSettings } from '@nexova/tenancy';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addCustomerNote } from '../use-cases/add-customer-note';
import { createCustomer } from '../use-cases/create-customer';
import { deleteCustomer } from '../use-cases/delete-customer';
import { findCustomerByPhone } from '../use-cases/find-customer-by-phone';
import { getCustomer } from '../use-cases/get-customer';
import { listCustomers } from '../use-cases/list-customers';
import { mergeCustomers } from '../use-cases/merge-customers';
import { updateCustomer } from '../use-cases/update-customer';
import { addressRoutes } from './address-routes';
import * as s from './customers.schema';
import { peopleRoutes } from './people-routes';

registerTitles({
  customer_not_found: { es: 'Cliente no encontrado', 'pt-BR': 'Cliente não encontrado' },
  customer_phone_taken: {
    es: 'El teléfono ya pertenece a otro cliente',
    'pt-BR': 'O telefone já pertence a outro cliente',
  },
  customer_merged: { es: 'El cliente fue fusionado', 'pt-BR': 'O cliente foi mesclado' },
  invalid_phone: { es: 'Teléfono no válido', 'pt-BR': 'Telefone inválido' },
  address_not_found: { es: 'Dirección no encontrada', 'pt-BR': 'Endereço não encontrado' },
  document_taken: {
    es: 'El documento ya pertenece a otra persona',
    'pt-BR': 'O documento já pertence a outra pessoa',
  },
  document_not_found: { es: 'Documento no encontrado', 'pt-BR': 'Documento não encontrado' },
  person_not_found: { es: 'Persona no encontrada', 'pt-BR': 'Pessoa não encontrada' },
  person_erased: {
    es: 'Los datos de esta persona fueron eliminados',
    'pt-BR': 'Os dados desta pessoa foram eliminados',
  },
});

const tags = ['customers'];

/** Country assumed for phones written without +country code: the workspace's `default_phone_region`. */
const phoneRegion = async (ctx: AppContext) => (await getWorkspaceSettings({ ctx })).default_phone_region;

/** /customers: CRUD, search, by-phone lookup, addresses, notes and merge. Handlers parse, call one use-case, return. */
export const customerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/customers',
    {
      config: { permission: 'customers:read' },
      schema: {
        operationId: 'listCustomers',
        summary: 'List and search customers',
        tags,
        querystring: s.listQuery(app.config),
        response: { 200: s.customerPage },
      },
    },
    async (req) =>
      listCustomers({
        ctx: req.ctx,
        input: {
          q: req.query.q,
          limit: req.query.limit,
          cursor: req.query.cursor,
          defaultRegion: req.query.q ? await phoneRegion(req.ctx) : undefined,
        },
      }),
  );

  app.post(
    '/customers',
    {
      config: { permission: 'customers:write', versioned: { ifMatch: false } },
      schema: {
        operationId: 'createCustomer',
        summary: 'Create a customer',
        tags,
        body: s.createBody,
        response: { 201: s.customerSchema },
      },
    },
    async (req, reply) => {
      const customer = await createCustomer({
        ctx: req.ctx,
        input: { ...req.body, defaultRegion: await phoneRegion(req.ctx) },
      });
      reply.code(201).header('location', `${app.prefix}/customers/${customer.id}`);
      return customer;
    },
  );

  app.get(
    '/customers/by-phone/:phone',
    {
      config: { permission: 'customers:read', versioned: true },
      schema: {
        operationId: 'findCustomerByPhone',
        summary: 'Find a customer by phone (any spelling)',
        tags,
        params: s.phoneParams,
        response: { 200: s.customerSchema },
      },
    },
    async (req) =>
      findCustomerByPhone({
        ctx: req.ctx,
        input: { phone: req.params.phone, defaultRegion: await phoneRegion(req.ctx) },
      }),
  );

  app.get(
    '/customers/:customer_id',
    {
      config: { permission: 'customers:read', versioned: true },
      schema: {
        operationId: 'getCustomer',
        summary: 'A customer with addresses and notes',
        tags,
        params: s.customerParams,
        response: { 200: s.customerDetailSchema },
      },
    },
    async (req) => getCustomer({ ctx: req.ctx, input: { customerId: req.params.customer_id } }),
  );

  app.patch(
    '/customers/:customer_id',
    {
      config: { permission: 'customers:write', versioned: true },
      schema: {
        operationId: 'updateCustomer',
        summary: 'Update a customer',
        tags,
        params: s.customerParams,
        body: s.updateBody,
        response: { 200: s.customerSchema },
      },
    },
    async (req) =>
      updateCustomer({
        ctx: req.ctx,
        input: {
          customerId: req.params.customer_id,
          name: req.body.name,
          phone: req.body.phone,
          email: req.body.email,
          expectedVersion: ifMatchVersion(req, req.body.expected_version),
          defaultRegion: req.body.phone ? await phoneRegion(req.ctx) : undefined,
        },
      }),
  );

  app.delete(
    '/customers/:customer_id',
    {
      config: { permission: 'customers:write', versioned: true },
      schema: {
        operationId: 'deleteCustomer',
        summary: 'Soft-delete a customer',
        tags,
        params: s.customerParams,
        response: { 204: s.noContent },
      },
    },
    async (req, reply) => {
      await deleteCustomer({
        ctx: req.ctx,
        input: { customerId: req.params.customer_id, expectedVersion: ifMatchVersion(req) },
      });
      reply.code(204);
      return null;
    },
  );

  app.post(
    '/customers/:customer_id/notes',
    {
      config: { permission: 'customers:write' },
      schema: {
        operationId: 'createCustomerNote',
        summary: 'Add a note to a customer',
        description: 'Notes show on the customer; `Location` is the customer.',
        tags,
        params: s.customerParams,
        body: s.noteBody,
        response: { 201: s.noteSchema },
      },
    },
    async (req, reply) => {
      const note = await addCustomerNote({
        ctx: req.ctx,
        input: { customerId: req.params.customer_id, body: req.body.body },
      });
      reply.code(201).header('location', `${app.prefix}/customers/${req.params.customer_id}`);
      return note;
    },
  );

  app.post(
    '/customers/:customer_id/merge',
    {
      config: { permission: 'customers:merge', versioned: { ifMatch: true } },
      schema: {
        operationId: 'mergeCustomers',
        summary: 'Merge a duplicate into this customer',
        tags,
        params: s.customerParams,
        body: s.mergeBody,
        response: { 200: s.customerDetailSchema },
      },
    },
    async (req) =>
      mergeCustomers({
        ctx: req.ctx,
        input: {
          survivorId: req.params.customer_id,
          duplicateId: req.body.duplicate_id,
          expectedVersion: ifMatchVersion(req),
        },
      }),
  );

  await app.register(addressRoutes);
  await app.register(peopleRoutes);
};
