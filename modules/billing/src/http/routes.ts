import { requireClinicModule } from '@nexova/clinic';
import { appFiles } from '@nexova/files';
import { ifMatchVersion } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createInvoice } from '../use-cases/create-invoice';
import { getInvoice } from '../use-cases/get-invoice';
import { issueInvoice } from '../use-cases/issue-invoice';
import { listInvoices } from '../use-cases/list-invoices';
import { updateInvoice } from '../use-cases/update-invoice';
import { voidInvoice } from '../use-cases/void-invoice';
import * as s from './invoices.schema';
import { invoicePaymentRoutes } from './payment-routes';

const tags = ['invoices'];

const toItem = (i: s.LineBody) => ({
  catalogEntryId: i.catalog_entry_id,
  appointmentId: i.appointment_id,
  description: i.description,
  unitPrice: i.unit_price,
  quantity: i.quantity,
  discount: i.discount,
});
const dateOf = (v: string | null | undefined) => (v === undefined ? undefined : v === null ? null : new Date(v));

/** /invoices: a patient's invoices, drafts to issued to paid or void. Only where the clinic module is on. */
export const invoiceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onRequest', requireClinicModule);
  const invoiceUrl = (id: string) => `${app.prefix}/invoices/${id}`;

  app.post(
    '/invoices',
    {
      config: { permission: 'invoices:write', versioned: { ifMatch: false } },
      schema: {
        operationId: 'createInvoice',
        summary: 'Open a draft invoice for a patient',
        description:
          "In the workspace's default currency. Items: a clinical-catalog entry (priced from the effective catalog), an appointment (its service's catalog entry) or free text with its price. Prices are fixed at issue.",
        tags,
        body: s.createBody(app.config),
        response: { 201: s.invoiceSchema },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const invoice = await createInvoice({
        ctx: req.ctx,
        input: {
          patientId: b.patient_id,
          items: b.lines.map(toItem),
          discount: b.discount,
          notes: b.notes,
          dueAt: dateOf(b.due_at),
        },
      });
      reply.code(201).header('location', invoiceUrl(invoice.id));
      return invoice;
    },
  );

  app.get(
    '/invoices',
    {
      config: { permission: 'invoices:read' },
      schema: {
        operationId: 'listInvoices',
        summary: 'List invoices (filter by patient, status, creation range)',
        description: 'Newest first. Statuses: draft, issued, partially_paid, paid, void.',
        tags,
        querystring: s.listQuery(app.config),
        response: { 200: s.invoicePage },
      },
    },
    async (req) => {
      const q = req.query;
      return listInvoices({
        ctx: req.ctx,
        input: {
          patientId: q.patient_id,
          status: q.status,
          createdFrom: q.created_from ? new Date(q.created_from) : undefined,
          createdTo: q.created_to ? new Date(q.created_to) : undefined,
          limit: q.limit,
          cursor: q.cursor,
        },
      });
    },
  );

  app.get(
    '/invoices/:invoice_id',
    {
      config: { permission: 'invoices:read', versioned: true },
      schema: {
        operationId: 'getInvoice',
        summary: 'An invoice with its items and totals',
        tags,
        params: s.invoiceParams,
        response: { 200: s.invoiceSchema },
      },
    },
    async (req) => getInvoice({ ctx: req.ctx, input: { invoiceId: req.params.invoice_id } }),
  );

  app.patch(
    '/invoices/:invoice_id',
    {
      config: { permission: 'invoices:write', versioned: true },
      schema: {
        operationId: 'updateInvoice',
        summary: 'Edit a draft invoice',
        description: '409 `invoice_status_conflict` (with `allowed_actions`) once issued.',
        tags,
        params: s.invoiceParams,
        body: s.updateBody(app.config),
        response: { 200: s.invoiceSchema },
      },
    },
    async (req) => {
      const b = req.body;
      return updateInvoice({
        ctx: req.ctx,
        input: {
          invoiceId: req.params.invoice_id,
          items: b.lines?.map(toItem),
          discount: b.discount,
          notes: b.notes,
          dueAt: dateOf(b.due_at),
          expectedVersion: ifMatchVersion(req),
        },
      });
    },
  );

  app.post(
    '/invoices/:invoice_id/issue',
    {
      config: { permission: 'invoices:write', versioned: { ifMatch: true } },
      schema: {
        operationId: 'issueInvoice',
        summary: 'Issue a draft: fix its prices and tax, give it its number',
        description: 'Prices come from the effective catalog at this moment; the number is the next of the workspace.',
        tags,
        params: s.invoiceParams,
        response: { 200: s.invoiceSchema },
      },
    },
    async (req) =>
      issueInvoice({ ctx: req.ctx, input: { invoiceId: req.params.invoice_id, expectedVersion: ifMatchVersion(req) } }),
  );

  app.post(
    '/invoices/:invoice_id/void',
    {
      config: { permission: 'invoices:void', versioned: { ifMatch: true } },
      schema: {
        operationId: 'voidInvoice',
        summary: 'Void an issued or partially paid invoice',
        description: 'A paid invoice is not voided (409 with `allowed_actions`): reverse its payments first.',
        tags,
        params: s.invoiceParams,
        body: s.voidBody,
        response: { 200: s.invoiceSchema },
      },
    },
    async (req) =>
      voidInvoice({
        ctx: req.ctx,
        input: { invoiceId: req.params.invoice_id, reason: req.body.reason, expectedVersion: ifMatchVersion(req) },
      }),
  );

  await app.register(invoicePaymentRoutes, { files: appFiles(app.config) });
};
