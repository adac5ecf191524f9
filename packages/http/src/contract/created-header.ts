import type { FastifyInstance } from 'fastify';

// Every 201 names what it created in `Location`. The OpenAPI document declares the header on every
// 201 (operation-defaults.ts); the handler sets it: `reply.code(201).header('location', url)`.
// A 201 that leaves without one is a bug of the route: logged, and in tests (NODE_ENV=test) turned
// into a 500 naming the route, so the suites that call every route find it.

/** The header as a zod `.meta({ headers: { location: LOCATION_HEADER } })` declares it. */
export const LOCATION_HEADER = {
  type: 'string',
  description: 'URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566.',
};

/** The OpenAPI header object added to every 201 response. */
export const LOCATION_HEADER_OBJECT = {
  description: LOCATION_HEADER.description,
  schema: { type: 'string' },
};

export function requireCreatedLocation(app: FastifyInstance, strict: boolean): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode !== 201 || reply.hasHeader('location')) return payload;
    const route = `${request.method} ${request.routeOptions.url ?? request.url}`;
    request.log.error({ route }, '201 answered without a Location header');
    if (strict) throw new Error(`${route} answered 201 without a Location header`);
    return payload;
  });
}
