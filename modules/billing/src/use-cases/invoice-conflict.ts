import { ConflictError } from '@nexova/kernel';
import type { InvoiceRow } from '../db/invoice-store';
import { allowedActions, canDo, type InvoiceAction, type InvoiceStatus } from '../domain/invoice-status';

// Private to billing's use-cases: 409 naming the current status and the allowed actions.
export function assertCan(row: InvoiceRow, action: InvoiceAction): void {
  const status = row.status as InvoiceStatus;
  if (canDo(status, action)) return;
  throw new ConflictError(`Invoice ${row.id} is ${status}: it cannot ${action}.`, {
    code: 'invoice_status_conflict',
    extensions: { current_status: status, allowed_actions: allowedActions(status) },
  });
}
