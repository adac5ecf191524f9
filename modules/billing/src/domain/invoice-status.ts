// The invoice's states and moves (pure). Payments move issued ↔ partially_paid ↔ paid by amounts.

export const INVOICE_STATUSES = ['draft', 'issued', 'partially_paid', 'paid', 'void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
export type InvoiceAction = 'edit' | 'issue' | 'pay' | 'void';

const ALLOWED: Record<InvoiceStatus, InvoiceAction[]> = {
  draft: ['edit', 'issue'],
  issued: ['pay', 'void'],
  partially_paid: ['pay', 'void'],
  paid: [],
  void: [],
};

export const allowedActions = (status: InvoiceStatus): InvoiceAction[] => ALLOWED[status];
export const canDo = (status: InvoiceStatus, action: InvoiceAction) => ALLOWED[status].includes(action);

/** The status an issued invoice has with `paid` of `total` paid. */
export const paidStatus = (paid: number, total: number): 'issued' | 'partially_paid' | 'paid' =>
  paid === 0 ? (total === 0 ? 'paid' : 'issued') : paid >= total ? 'paid' : 'partially_paid';
