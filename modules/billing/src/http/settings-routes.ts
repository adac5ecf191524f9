import { ifMatchVersion } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getBillingSettings } from '../use-cases/get-billing-settings';
import { putBillingSettings } from '../use-cases/put-billing-settings';
import * as s from './invoices.schema';

const tags = ['invoices'];

/** /billing/settings: the workspace's tax rate. */
export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/billing/settings',
    {
      config: { permission: 'invoices:read', versioned: true },
      schema: {
        operationId: 'getBillingSettings',
        summary: "The workspace's billing settings (tax rate)",
        tags,
        response: { 200: s.billingSettingsSchema },
      },
    },
    async (req) => getBillingSettings({ ctx: req.ctx }),
  );

  app.put(
    '/billing/settings',
    {
      config: { permission: 'invoices:write', versioned: true },
      schema: {
        operationId: 'putBillingSettings',
        summary: 'Set the tax rate',
        description: 'Drafts use it from their next write and every issue from now on; issued invoices keep theirs.',
        tags,
        body: s.settingsBody,
        response: { 200: s.billingSettingsSchema },
      },
    },
    async (req) =>
      putBillingSettings({
        ctx: req.ctx,
        input: { taxRateBp: req.body.tax_rate_bp, taxName: req.body.tax_name, expectedVersion: ifMatchVersion(req) },
      }),
  );
};
