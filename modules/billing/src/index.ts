// @nexova/billing — clinic invoices, their payments (through @nexova/payments) and a patient's balance (issue 12). The only door.
export * from './contracts/events/billing-events.v1';
export * from './contracts/events/payment-reversed.v1';
export {
  type BillingSettings,
  billingSettingsSchema,
  type Invoice,
  type InvoiceItem,
  invoiceSchema,
  type PatientBalance,
  patientBalanceSchema,
} from './contracts/invoice';
export { INVOICE_STATUSES, type InvoiceStatus } from './domain/invoice-status';
export { billingPermissions as permissions } from './http/permissions';
export { billingModule } from './module';
export { type CreateInvoiceInput, createInvoice } from './use-cases/create-invoice';
export { getBillingSettings } from './use-cases/get-billing-settings';
export { type GetInvoiceInput, getInvoice } from './use-cases/get-invoice';
export { type GetPatientBalanceInput, getPatientBalance } from './use-cases/get-patient-balance';
export { type IssueInvoiceInput, issueInvoice } from './use-cases/issue-invoice';
export { type ListInvoicesInput, listInvoices } from './use-cases/list-invoices';
export { type PutBillingSettingsInput, putBillingSettings } from './use-cases/put-billing-settings';
export { type RegisterInvoicePaymentInput, registerInvoicePayment } from './use-cases/register-invoice-payment';
export { type ReverseInvoicePaymentInput, reverseInvoicePaymentOf } from './use-cases/reverse-invoice-payment';
export { type UpdateInvoiceInput, updateInvoice } from './use-cases/update-invoice';
export { type VoidInvoiceInput, voidInvoice } from './use-cases/void-invoice';
