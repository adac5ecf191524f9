import multipart from '@fastify/multipart';
import { appFiles } from '@nexova/files';
import { ifMatchVersion, registerTitles } from '@nexova/http';
import { NotFoundError, ValidationError } from '@nexova/kernel';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { PaymentsRuntime } from '../providers/runtime';
import { attachReceipt } from '../use-cases/attach-receipt';
import { getOrderBalance } from '../use-cases/get-order-balance';
import { getPayment } from '../use-cases/get-payment';
import { getPaymentIntent } from '../use-cases/get-payment-intent';
import { listOrderPayments } from '../use-cases/list-order-payments';
import { refundPayment } from '../use-cases/refund-payment';
import { registerPayment } from '../use-cases/register-payment';
import { submitPaymentRefund } from '../use-cases/submit-payment-refund';
import { voidPayment } from '../use-cases/void-payment';
import * as s from './payments.schema';
import { type ReceiptUpload, readReceipt } from './read-receipt';
import { stripeWebhookRoutes } from './stripe-webhook-routes';

registerTitles({
  payment_not_found: { es: 'Pago no encontrado', 'pt-BR': 'Pagamento não encontrado' },
  payment_exceeds_balance: { es: 'El pago supera el saldo', 'pt-BR': 'O pagamento excede o saldo' },
  payment_order_canceled: { es: 'El pedido está cancelado', 'pt-BR': 'O pedido está cancelado' },
  payment_currency_mismatch: { es: 'Moneda distinta a la del pedido', 'pt-BR': 'Moeda diferente da do pedido' },
  payment_already_reversed: { es: 'El pago ya fue anulado', 'pt-BR': 'O pagamento já foi estornado' },
  payment_pays_invoice: {
    es: 'El pago es de una factura: se anula desde la factura',
    'pt-BR': 'O pagamento é de uma fatura: estorne-o pela fatura',
  },
  receipt_type_unsupported: { es: 'Tipo de comprobante no admitido', 'pt-BR': 'Tipo de comprovante não suportado' },
  receipt_too_large: { es: 'Comprobante demasiado grande', 'pt-BR': 'Comprovante grande demais' },
  multipart_invalid: { es: 'Cuerpo multipart mal formado', 'pt-BR': 'Corpo multipart malformado' },
  multipart_required: { es: 'Se esperaba multipart/form-data', 'pt-BR': 'Era esperado multipart/form-data' },
  payment_intent_not_found: {
    es: 'Solicitud de pago no encontrada',
    'pt-BR': 'Solicitação de pagamento não encontrada',
  },
  stripe_not_configured: { es: 'Stripe no está configurado', 'pt-BR': 'O Stripe não está configurado' },
  stripe_request_rejected: { es: 'Stripe rechazó la solicitud', 'pt-BR': 'O Stripe recusou a solicitação' },
  payment_provider_unavailable: {
    es: 'El proveedor de pagos no está disponible',
    'pt-BR': 'O provedor de pagamentos está indisponível',
  },
  stripe_idempotency_conflict: {
    es: 'Conflicto con una solicitud anterior a Stripe',
    'pt-BR': 'Conflito com uma solicitação anterior ao Stripe',
  },
  stripe_signature_invalid: { es: 'Firma de Stripe no válida', 'pt-BR': 'Assinatura do Stripe inválida' },
  stripe_webhook_not_configured: {
    es: 'El webhook de Stripe no está configurado',
    'pt-BR': 'O webhook do Stripe não está configurado',
  },
});

const tags = ['payments'];
// Calls that move money or store receipts count against RATE_LIMIT_PAYMENTS (per principal, or IP);
// reads count against the ordinary per-user and per-workspace quotas, so a dashboard or a
// reconciliation job reading payments never blocks taking one.
const rateLimit = { class: 'payments' };
declare module 'fastify' {
  interface FastifyRequest {
    /** A Stripe refund this request recorded, sent once its answer (and so its commit) is out. */
    refundToSend: string | null;
  }
}

/** The providers the payment plugins are registered with (created once per app). */
export type PaymentsDeps = { payments: PaymentsRuntime };

/** Payments against orders, reversals and receipts. Handlers parse, call one use-case, return. */
export const paymentRoutes: FastifyPluginAsyncZod<PaymentsDeps> = async (app, { payments: runtime }) => {
  const cfg = app.config;
  const files = appFiles(cfg);
  // Per request, not module-level state: the handler names the refund, its onResponse hook sends it.
  app.decorateRequest('refundToSend', null);
  await app.register(stripeWebhookRoutes, { payments: runtime });
  // The multipart parser exists only inside this plugin (receipts); one file per request.
  await app.register(multipart, { limits: { fileSize: cfg.RECEIPT_MAX_BYTES, files: 1, fields: 10, parts: 11 } });

  app.get(
    '/orders/:order_id/payments',
    {
      config: { permission: 'payments:read' },
      schema: {
        summary: "An order's payments, oldest first",
        description: 'What the order still owes: GET /orders/{order_id}/balance.',
        operationId: 'listOrderPayments',
        tags,
        params: s.orderParams,
        querystring: s.paymentListQuery(cfg),
        response: { 200: s.paymentPage },
      },
    },
    async (req) =>
      listOrderPayments({
        ctx: req.ctx,
        input: { orderId: req.params.order_id, limit: req.query.limit, cursor: req.query.cursor, files },
      }),
  );

  app.get(
    '/orders/:order_id/balance',
    {
      config: { permission: 'payments:read' },
      schema: {
        summary: "An order's total, paid amount, balance and paid status",
        operationId: 'getOrderBalance',
        tags,
        params: s.orderParams,
        response: { 200: s.orderBalanceSchema },
      },
    },
    async (req) => getOrderBalance({ ctx: req.ctx, input: { orderId: req.params.order_id } }),
  );

  app.post(
    '/orders/:order_id/payments',
    {
      config: { permission: 'payments:write', rateLimit, versioned: { ifMatch: false } },
      schema: {
        summary: 'Register a payment (partial allowed; never above the balance)',
        description: '201 with Location: the new payment (GET /payments/{payment_id}).',
        operationId: 'registerOrderPayment',
        tags,
        params: s.orderParams,
        body: s.registerBody,
        response: { 201: s.paymentSchema },
      },
    },
    async (req, reply) => {
      const payment = await registerPayment({
        ctx: req.ctx,
        input: { ...req.body, orderId: req.params.order_id, files },
      });
      reply.code(201).header('location', `${app.prefix}/payments/${payment.id}`);
      return payment;
    },
  );

  app.get(
    '/orders/:order_id/payment-intent',
    {
      config: { permission: 'payments:read' },
      schema: {
        summary: "An order's payment intent (provider, status, Stripe client secret)",
        operationId: 'getOrderPaymentIntent',
        description:
          '404 until the order has requested its payment (the checkout saga does when the order is confirmed).',
        tags,
        params: s.orderParams,
        response: { 200: s.paymentIntentSchema },
      },
    },
    async (req) => {
      const intent = await getPaymentIntent({ ctx: req.ctx, input: { orderId: req.params.order_id } });
      if (!intent)
        throw new NotFoundError(`Order ${req.params.order_id} has no payment intent.`, {
          code: 'payment_intent_not_found',
        });
      return intent;
    },
  );

  app.get(
    '/payments/:payment_id',
    {
      config: { permission: 'payments:read', versioned: true },
      schema: {
        summary: 'A payment with its receipts',
        operationId: 'getPayment',
        tags,
        params: s.paymentParams,
        response: { 200: s.paymentSchema },
      },
    },
    async (req) => getPayment({ ctx: req.ctx, input: { paymentId: req.params.payment_id, files } }),
  );

  app.post(
    '/payments/:payment_id/void',
    {
      config: { permission: 'payments:reverse', rateLimit, versioned: { ifMatch: true } },
      schema: {
        summary: 'Void a payment registered by mistake',
        operationId: 'voidPayment',
        tags,
        params: s.paymentParams,
        body: s.reverseBody,
        response: { 200: s.paymentSchema },
      },
    },
    async (req) =>
      voidPayment({
        ctx: req.ctx,
        input: {
          paymentId: req.params.payment_id,
          reason: req.body?.reason,
          files,
          expectedVersion: ifMatchVersion(req),
        },
      }),
  );

  app.post(
    '/payments/:payment_id/refund',
    {
      config: { permission: 'payments:reverse', rateLimit, versioned: { ifMatch: true } },
      schema: {
        summary: 'Refund a payment in full',
        operationId: 'refundPayment',
        description:
          'Cash, transfer, card: recorded at once (200 `refunded`). Stripe: 202 `refund_requested` — the refund is recorded and committed with this answer, then sent to Stripe right after it (never inside a transaction) with an idempotency key derived from the payment; payments.payment.refunded (and GET /payments/{payment_id}: `refunded`) tells when Stripe refunded it. When Stripe cannot be reached the Stripe submitter workers retry with the same key; when Stripe refuses it the payment is registered again. Asking again while it is refund_requested answers the same 202.',
        tags,
        params: s.paymentParams,
        body: s.reverseBody,
        response: { 200: s.paymentSchema, 202: s.paymentSchema },
      },
      // After the answer (so after the commit of the request): Stripe is called with no transaction open.
      onResponse: async (req) => {
        const paymentId = req.refundToSend;
        if (!paymentId) return;
        await submitPaymentRefund({ ctx: req.ctx, input: { paymentId }, runtime }).catch((err: unknown) =>
          req.log.warn({ err }, 'a Stripe refund was not sent now; the Stripe submitter workers retry it'),
        );
      },
    },
    async (req, reply) => {
      const payment = await refundPayment({
        ctx: req.ctx,
        input: {
          paymentId: req.params.payment_id,
          reason: req.body?.reason,
          files,
          expectedVersion: ifMatchVersion(req),
        },
      });
      if (payment.status !== 'refund_requested') return payment;
      req.refundToSend = payment.id;
      reply.code(202);
      return payment;
    },
  );

  app.post(
    '/payments/:payment_id/attachments',
    {
      config: { permission: 'payments:write', rateLimit },
      // The body is read before the handler (and the idempotency fingerprint): see read-receipt.ts.
      preValidation: readReceipt(cfg.RECEIPT_MAX_BYTES),
      schema: {
        summary: 'Attach a receipt (JPEG, PNG, WebP or PDF)',
        operationId: 'attachPaymentReceipt',
        description: `multipart/form-data with one file part (any field name). Up to RECEIPT_MAX_BYTES (${cfg.RECEIPT_MAX_BYTES} bytes here; 413 above); the type is decided by the content (415 otherwise); a malformed multipart body answers 400. The Idempotency-Key covers the file's digest and the fields: the same key with another file answers 422. 201 with Location: the signed, expiring URL of the stored file.`,
        tags,
        params: s.paymentParams,
        response: { 201: s.attachmentResponse },
      },
    },
    async (req, reply) => {
      const { file } = req.body as ReceiptUpload;
      if (!file)
        throw new ValidationError('Send the receipt as a multipart/form-data file part.', [
          { pointer: '/file', in: 'body', message: 'is required' },
        ]);
      const input = { paymentId: req.params.payment_id, data: file.data, filename: file.filename, files };
      const attachment = await attachReceipt({ ctx: req.ctx, input });
      reply.code(201).header('location', attachment.url);
      return attachment;
    },
  );
};
