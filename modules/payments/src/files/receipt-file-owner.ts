import { rowFileOwner } from '@nexova/files';
import { attachments } from '../db/schema';

/** Receipts live under receipts/<workspace>/<id>.<ext>; a file is kept while an attachment row names it. */
export const receiptFileOwner = rowFileOwner('receipts', 'payments', attachments, attachments);
