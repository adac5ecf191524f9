/** A 1×1 PNG's first bytes: enough for every content sniffer (receipts, patient files, chat media). */
export const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
