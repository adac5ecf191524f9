import { createTestApp } from '@nexova/app';
import { defineModule } from '@nexova/module';
import { placeOrder } from '@nexova/orders';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

// The server bench:idempotency drives: the whole Nexova app (a fresh database: PostgreSQL when
// DATABASE_URL is set) plus two routes running the same committing write — placeOrder, the
// use-case behind POST /orders — that differ only in `idempotent`: /bench/orders-keyed claims its
// Idempotency-Key and stores the response with the commit, /bench/orders takes no key.
const lines = z.object({ lines: z.array(z.object({ variant_id: z.string(), quantity: z.number().int() })) });
const routes: FastifyPluginAsyncZod = async (app) => {
  const schema = { body: lines, response: { 200: z.object({ id: z.string(), number: z.number() }) } };
  const handler = async (req: { ctx: Parameters<typeof placeOrder>[0]['ctx']; body: z.infer<typeof lines> }) => {
    const order = await placeOrder({
      ctx: req.ctx,
      input: { lines: req.body.lines.map((l) => ({ variantId: l.variant_id, quantity: l.quantity })) },
    });
    return { id: order.id, number: order.number };
  };
  app.post('/bench/orders', { config: { permission: 'orders:write', idempotent: false }, schema }, handler);
  app.post('/bench/orders-keyed', { config: { permission: 'orders:write' }, schema }, handler);
};
const probe = defineModule({ name: 'bench-idempotency', routes: [{ name: 'bench-idempotency', plugin: routes }] });

const app = await createTestApp(
  { LOG_LEVEL: 'warn', DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? '64' },
  { modules: [probe] },
);
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`${JSON.stringify({ address, driver: app.database.driver })}\n`);
process.on('SIGTERM', () => {
  void app.dispose().then(() => process.exit(0));
});
