import { ifMatchVersion } from '@nexova/http';
import { listInvoicePayments, type ReceiptFiles } from '@nexova/payments';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getInvoice } from '../use-cases/get-invoice';
import { getPatientBalance } from '../use-cases/get-patient-balance';
import { registerInvoicePayment } from '../use-cases/register-invoice-payment';
import { reverseInvoicePaymentOf } from '../use-cases/reverse-invoice-payment';
import * as s from './invoices.schema';
import { settingsRoutes } from './settings-routes';

const tags = ['invoices'];
const rateLimit = { class: 'payments' };

/** An invoice's payments (through the payments ledger; receipts: POST /payments/{payment_id}/receipts) and a patient's balance. */
export const invoicePaymentRoutes: FastifyPluginAsyncZod<{ files: ReceiptFiles }> = async (app, { files }) => {
  app.get(
    '/invoices/:invoice_id/payments',
    {
      config: { permission: 'invoices:read' },
      schema: {
        operationId: 'listInvoicePayments',
        summary: "An invoice's payments, oldest first (reversed ones included)",
        tags,
        params: s.invoiceParams,
        querystring: s.paymentListQuery(app.config),
        response: { 200: s.paymentPage },
      },
    },
    async (req) => {
      const invoice = await getInvoice({ ctx: req.ctx, input: { invoiceId: req.params.invoice_id } });
      return listInvoicePayments({ ctx: req.ctx, input: { invoiceId: invoice.id, ...req.query, files } });
    },
  );

  app.post(
    '/invoices/:invoice_id/payments',
    {
      config: { permission: 'invoices:write', rateLimit },
      schema: {
        operationId: 'registerInvoicePayment',
        summary: 'Register a payment of an issued invoice (partial allowed)',
        description:
          'Methods: cash, transfer, card, pix (with its end-to-end id or txid in `reference`). 422 `payment_exceeds_balance` naming `amount` above the balance. `Location`: the payment (/payments/{payment_id}; attach receipts there).',
        tags,
        params: s.invoiceParams,
        body: s.paymentBody,
        response: { 201: s.paymentSchema },
      },
    },
    async (req, reply) => {
      const payment = await registerInvoicePayment({
        ctx: req.ctx,
        input: { invoiceId: req.params.invoice_id, ...req.body },
      });
      reply.code(201).header('location', `${app.prefix}/payments/${payment.id}`);
      return payment;
    },
  );

  app.post(
    '/invoices/:invoice_id/payments/:payment_id/reverse',
    {
      config: { permission: 'invoices:void', rateLimit, versioned: { ifMatch: true } },
      schema: {
        operationId: 'reverseInvoicePayment',
        summary: 'Void or refund a payment of an invoice',
        description: 'The invoice moves back (paid → partially_paid / issued). If-Match: the payment’s ETag.',
        tags,
        params: s.invoicePaymentParams,
        body: s.reverseBody,
        response: { 200: s.paymentSchema },
      },
    },
    async (req) =>
      reverseInvoicePaymentOf({
        ctx: req.ctx,
        input: {
          invoiceId: req.params.invoice_id,
          paymentId: req.params.payment_id,
          kind: req.body.kind,
          reason: req.body.reason,
          expectedVersion: ifMatchVersion(req),
          files,
        },
      }),
  );

  app.get(
    '/patients/:patient_id/balance',
    {
      config: { permission: 'invoices:read' },
      schema: {
        operationId: 'getPatientBalance',
        summary: "A patient's invoiced, paid and balance, per currency",
        description: 'Over issued, partially paid and paid invoices; drafts and void ones do not count.',
        tags,
        params: s.patientParams,
        response: { 200: s.patientBalanceSchema },
      },
    },
    async (req) => getPatientBalance({ ctx: req.ctx, input: { patientId: req.params.patient_id } }),
  );

  await app.register(settingsRoutes);
};
