// @nexova/payments — payments against orders and invoices (the payable), balances, reversals, receipts, and payment intents through providers (manual, Stripe) with the Stripe webhook (issue 6). The only door.
export * from './contracts/events/intent-events.v1';
export * from './contracts/events/payment-events.v1';
export {
  type Attachment,
  attachmentSchema,
  type OrderBalance,
  orderBalanceSchema,
  PAYMENT_METHODS,
  type Payment,
  type PaymentMethod,
  paymentSchema,
} from './contracts/payment';
export {
  INTENT_STATUSES,
  type IntentStatus,
  PAYMENT_PROVIDERS,
  type PaymentIntent,
  type PaymentProviderName,
  paymentIntentSchema,
} from './contracts/payment-intent';
export { type StripeWebhookResult, stripeWebhookResultSchema, type WebhookOutcome } from './contracts/stripe-webhook';
export { type PaidStatus, paidStatus } from './domain/balance';
export { MIME_BY_EXT, type ReceiptType, sniffReceipt } from './domain/sniff';
export { receiptFileOwner } from './files/receipt-file-owner';
export { paymentPermissions as permissions } from './http/permissions';
export { type ReceiptUpload, readReceipt, type UploadNaming } from './http/read-receipt';
export { paymentsModule } from './module';
export { createPaymentsRuntime, type PaymentsRuntime } from './providers/runtime';
export { type AttachReceiptInput, attachReceipt } from './use-cases/attach-receipt';
export { type CancelPaymentRequestInput, cancelPaymentRequest } from './use-cases/cancel-payment-request';
export { type GetOrderBalanceInput, getOrderBalance } from './use-cases/get-order-balance';
export { type GetPaymentInput, getPayment } from './use-cases/get-payment';
export { type GetPaymentIntentInput, getPaymentIntent } from './use-cases/get-payment-intent';
export { type HandleStripeWebhookInput, handleStripeWebhook } from './use-cases/handle-stripe-webhook';
export { type ListInvoicePaymentsInput, listInvoicePayments } from './use-cases/list-invoice-payments';
export { type ListOrderPaymentsInput, listOrderPayments } from './use-cases/list-order-payments';
export { type HeldMoney, type LockOrderPaymentsInput, lockOrderPayments } from './use-cases/lock-order-payments';
export type { ReceiptFiles } from './use-cases/payment-view';
export { type RecordInvoicePaymentInput, recordInvoicePayment } from './use-cases/record-invoice-payment';
export { type RefundPaymentInput, refundPayment } from './use-cases/refund-payment';
export { type RegisterPaymentInput, registerPayment } from './use-cases/register-payment';
export { type RequestPaymentInput, requestPayment, stripeOrderKey } from './use-cases/request-payment';
export { type ReverseInvoicePaymentInput, reverseInvoicePayment } from './use-cases/reverse-invoice-payment';
export { type SubmitIntentCancelInput, submitIntentCancel } from './use-cases/submit-intent-cancel';
export { type SubmitPaymentIntentInput, submitPaymentIntent } from './use-cases/submit-payment-intent';
export { type SubmitPaymentRefundInput, submitPaymentRefund } from './use-cases/submit-payment-refund';
export { type SubmitRequestedPaymentsInput, submitRequestedPayments } from './use-cases/submit-requested-payments';
export { type VoidPaymentInput, voidPayment } from './use-cases/void-payment';
