// The `Location` header of a 201, declared in a route's response schema:
// `response: { 201: orderSchema.meta({ example, headers: { location: LOCATION_HEADER } }) }`;
// the handler sets it: `reply.code(201).header('location', `/api/v1/orders/${order.id}`)`.
export const LOCATION_HEADER = {
  type: 'string',
  description: 'URL of the created resource, e.g. /api/v1/orders/0192f3a4-5b6c-7d8e-9f00-112233445566.',
};
