import { ifMatchVersion } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addCustomerAddress } from '../use-cases/add-customer-address';
import { deleteCustomerAddress } from '../use-cases/delete-customer-address';
import { getCustomerAddress } from '../use-cases/get-customer-address';
import { updateCustomerAddress } from '../use-cases/update-customer-address';
import * as s from './customers.schema';

const tags = ['customers'];

type Body = {
  label?: string | null;
  recipient?: string | null;
  line1?: string;
  line2?: string | null;
  city?: string;
  region?: string | null;
  postal_code?: string | null;
  country?: string;
  phone?: string | null;
  is_default?: boolean;
};
const fieldsOf = ({ postal_code, is_default, ...rest }: Body) => ({
  ...rest,
  postalCode: postal_code,
  isDefault: is_default,
});

/** /customers/{customer_id}/addresses: a customer's delivery addresses (they also show on the customer). */
export const addressRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/customers/:customer_id/addresses',
    {
      config: { permission: 'customers:write', versioned: { ifMatch: false } },
      schema: {
        operationId: 'createCustomerAddress',
        summary: 'Add a delivery address to a customer',
        description: "A customer's first address is its default; `is_default: true` moves the default to this one.",
        tags,
        params: s.customerParams,
        body: s.addressBody,
        response: { 201: s.customerAddressSchema },
      },
    },
    async (req, reply) => {
      const { line1, city, country } = req.body;
      const address = await addCustomerAddress({
        ctx: req.ctx,
        input: { ...fieldsOf(req.body), line1, city, country, customerId: req.params.customer_id },
      });
      reply.code(201).header('location', `${app.prefix}/customers/${req.params.customer_id}/addresses/${address.id}`);
      return address;
    },
  );

  app.get(
    '/customers/:customer_id/addresses/:address_id',
    {
      config: { permission: 'customers:read', versioned: true },
      schema: {
        operationId: 'getCustomerAddress',
        summary: 'One delivery address of a customer',
        tags,
        params: s.addressParams,
        response: { 200: s.customerAddressSchema },
      },
    },
    async (req) =>
      getCustomerAddress({
        ctx: req.ctx,
        input: { customerId: req.params.customer_id, addressId: req.params.address_id },
      }),
  );

  app.patch(
    '/customers/:customer_id/addresses/:address_id',
    {
      config: { permission: 'customers:write', versioned: true },
      schema: {
        operationId: 'updateCustomerAddress',
        summary: 'Change a delivery address or make it the default',
        tags,
        params: s.addressParams,
        body: s.addressPatch,
        response: { 200: s.customerAddressSchema },
      },
    },
    async (req) =>
      updateCustomerAddress({
        ctx: req.ctx,
        input: {
          ...fieldsOf(req.body),
          customerId: req.params.customer_id,
          addressId: req.params.address_id,
          expectedVersion: ifMatchVersion(req),
        },
      }),
  );

  app.delete(
    '/customers/:customer_id/addresses/:address_id',
    {
      config: { permission: 'customers:write', versioned: true },
      schema: {
        operationId: 'deleteCustomerAddress',
        summary: 'Remove a delivery address',
        description: 'When it was the default, the most recently added remaining address becomes the default.',
        tags,
        params: s.addressParams,
        response: { 204: s.noContent },
      },
    },
    async (req, reply) => {
      await deleteCustomerAddress({
        ctx: req.ctx,
        input: {
          customerId: req.params.customer_id,
          addressId: req.params.address_id,
          expectedVersion: ifMatchVersion(req),
        },
      });
      reply.code(204);
      return null;
    },
  );
};
