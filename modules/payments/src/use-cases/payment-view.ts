import type { TxContext } from '@nexova/db';
import { type AppFiles, signedAttachment, type UrlSigner } from '@nexova/files';
import { type Page, pageOf } from '@nexova/http';
import type { Attachment, Payment } from '../contracts/payment';
import { type AttachmentRow, attachmentsOf, type PaymentRow } from '../db/payment-store';

// How payments and their receipts are answered: receipts as signed, expiring URLs. Use-case steps,
// not queries: db/ reads this module's tables only.

/** The file store and URL signer receipts use (built once from config by the route plugin). */
export type ReceiptFiles = AppFiles;

export const toAttachment = (a: AttachmentRow, signer: UrlSigner): Attachment =>
  signedAttachment(a, signer) as Attachment;

/** A payment for the API; without a signer (callers outside HTTP) its attachments are left out. */
export const toPayment = (p: PaymentRow, files: AttachmentRow[], signer?: UrlSigner): Payment => ({
  id: p.id,
  order_id: p.orderId,
  invoice_id: p.invoiceId,
  amount: p.amount,
  currency: p.currency,
  method: p.method as Payment['method'],
  status: p.status as Payment['status'],
  reference: p.reference,
  note: p.note,
  reversal_reason: p.reversalReason,
  attachments: signer ? files.map((a) => toAttachment(a, signer)) : [],
  version: p.version,
  created_at: p.createdAt.toISOString(),
  updated_at: p.updatedAt.toISOString(),
});

/** One page of payments (`rows` holds up to limit + 1, keyset by id), each with its receipts. */
export async function paymentsPage(
  t: TxContext,
  rows: PaymentRow[],
  limit: number,
  signer: UrlSigner | undefined,
): Promise<Page<Payment>> {
  const page = pageOf(rows, limit, (p) => [p.id]);
  const files = await attachmentsOf(
    t,
    page.items.map((p) => p.id),
  );
  return { items: page.items.map((p) => toPayment(p, files.get(p.id) ?? [], signer)), next_cursor: page.next_cursor };
}
