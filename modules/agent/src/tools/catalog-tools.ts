import { listProducts } from '@nexova/catalog';
import { getCustomer } from '@nexova/customers';
import { z } from 'zod';
import { defineTool } from './tool';

export const listProductsTool = defineTool({
  name: 'list_products',
  description:
    'Search the active products of the shop by a word (name, description or SKU); answers each product with its variants and prices (minor units).',
  permission: 'products:read',
  input: z.object({
    search: z.string().trim().min(1).max(100).optional().describe('Word to search for; absent: the newest products.'),
    limit: z.number().int().min(1).max(20).default(5),
  }),
  async run({ ctx, input }) {
    const page = await listProducts({
      ctx,
      input: { status: 'active', limit: input.limit, ...(input.search ? { q: input.search } : {}) },
    });
    return {
      products: page.items.map((p) => ({
        product_id: p.id,
        name: p.name,
        currency: p.currency,
        variants: p.variants.map((v) => ({ variant_id: v.id, sku: v.sku, options: v.options, price: v.price })),
      })),
    };
  },
});

export const getCustomerContextTool = defineTool({
  name: 'get_customer_context',
  description: 'The customer writing in this conversation: name, phone, e-mail and saved addresses.',
  permission: 'customers:read',
  uses: ['customer'],
  input: z.object({}),
  async run({ ctx, session }) {
    const c = await getCustomer({ ctx, input: { customerId: session.customerId } });
    return { customer_id: c.id, name: c.name, phone: c.phone, email: c.email, addresses: c.addresses };
  },
});
