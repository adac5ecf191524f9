import { listProducts } from '@nexova/catalog';
import { readMessageFile, sendMessage } from '@nexova/conversations';
import { appFiles } from '@nexova/files';
import { formatMinor, UnprocessableError } from '@nexova/kernel';
import { listOrders } from '@nexova/orders';
import { attachReceipt, getOrderBalance, listOrderPayments, registerPayment } from '@nexova/payments';
import { z } from 'zod';
import { defineTool } from './tool';

// The WhatsApp-shaped tools: the catalog as an interactive list (conversations' sendMessage, as the
// API's POST /conversations/{id}/messages with `list`) and a customer's image as the receipt of
// their order's payment (payments' attachReceipt, as POST /payments/{id}/receipts).

/** WhatsApp's list limits: 10 rows in all, titles ≤ 24 and descriptions ≤ 72 characters. */
const MAX_ROWS = 10;
const cut = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

export const sendCatalogTool = defineTool({
  name: 'send_catalog',
  description:
    'Send the shop’s products to the customer as a WhatsApp list (one row per variant, at most 10; the customer taps one to order it). Answers how many rows were sent.',
  permission: 'conversations:write',
  uses: ['conversation'],
  input: z.object({
    search: z.string().trim().min(1).max(100).optional().describe('Only products matching this word.'),
    body: z.string().trim().min(1).max(1024).default('Our products').describe('The text above the list.'),
    button: z.string().trim().min(1).max(20).default('See products').describe('The button that opens it.'),
    locale: z.enum(['es', 'pt-BR', 'en']).default('en').describe('How prices are written.'),
  }),
  async run({ ctx, input, session, config }) {
    const page = await listProducts({
      ctx,
      input: { status: 'active', limit: MAX_ROWS, ...(input.search ? { q: input.search } : {}) },
    });
    const rows = page.items
      .flatMap((p) =>
        p.variants.map((v) => {
          const options = Object.values(v.options ?? {}).join(' ');
          return {
            id: `variant:${v.id}`,
            title: cut(p.variants.length > 1 && options ? `${p.name} ${options}` : p.name, 24),
            description: cut(formatMinor(v.price, p.currency, input.locale), 72),
          };
        }),
      )
      .slice(0, MAX_ROWS);
    if (rows.length === 0) return { sent: false, rows: 0 };
    const message = await sendMessage({
      ctx,
      input: {
        conversationId: session.conversationId,
        list: { body: input.body, button: input.button, sections: [{ title: cut(input.body, 24), rows }] },
        maxChars: config.CONVERSATIONS_MESSAGE_MAX_CHARS,
        windowMs: config.CONVERSATIONS_SERVICE_WINDOW_HOURS * 3_600_000,
      },
    });
    return { sent: true, rows: rows.length, message_id: message.id };
  },
});

export const attachReceiptTool = defineTool({
  name: 'attach_receipt',
  description:
    'Keep the image or PDF the customer just sent (message_id) as the payment receipt of their order awaiting payment. When the order has no payment yet, one is registered for its balance by transfer, noted as sent by WhatsApp and to be checked by staff.',
  permission: 'payments:write',
  uses: ['customer'],
  input: z.object({ message_id: z.string().uuid().describe('The inbound message carrying the file.') }),
  async run({ ctx, input, session, config }) {
    const files = appFiles(config);
    const file = await readMessageFile({ ctx, input: { messageId: input.message_id, store: files.store } });
    const [order] = (await listOrders({ ctx, input: { customerId: session.customerId, status: 'pending', limit: 1 } }))
      .items;
    if (!order)
      throw new UnprocessableError('The customer has no order awaiting payment.', {
        code: 'agent_no_order_awaiting_payment',
        errors: [{ pointer: '/message_id', in: 'body', message: 'no order of this customer awaits payment' }],
      });
    const existing = (await listOrderPayments({ ctx, input: { orderId: order.id, limit: 50 } })).items.findLast(
      (p) => p.status === 'registered',
    );
    const balance = await getOrderBalance({ ctx, input: { orderId: order.id } });
    const payment =
      existing ??
      (await registerPayment({
        ctx,
        input: {
          orderId: order.id,
          amount: balance.balance,
          method: 'transfer',
          note: `Receipt sent by WhatsApp (message ${file.messageId}); registered by the agent, to be checked.`,
        },
      }));
    const attachment = await attachReceipt({
      ctx,
      input: { paymentId: payment.id, data: file.data, filename: file.filename, files },
    });
    return { order_id: order.id, number: order.number, payment_id: payment.id, attachment_id: attachment.id };
  },
});
