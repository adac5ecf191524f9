// @nexova/orders — orders with a typed state machine, status history and stock holds (issue 6). The only door.
export * from './contracts/events/order-events.v1';
export {
  type DeliveryInput,
  type HistoryEntry,
  type Order,
  type OrderDetail,
  type OrderSummary,
  orderDetailSchema,
  orderSchema,
} from './contracts/order';
export {
  allowedActions,
  nextStatus,
  ORDER_ACTIONS,
  ORDER_STATUSES,
  ORDER_TRANSITIONS,
  type OrderAction,
  type OrderStatus,
  STAFF_ACTIONS,
  type StaffAction,
} from './domain/order-status';
export { submitBody as orderSubmitBody, transitionBody as orderTransitionBody } from './http/orders.schema';
export { orderPermissions as permissions } from './http/permissions';
export { ordersModule } from './module';
export { type CancelOrderInput, cancelOrder, ORDER_CANCELED_REASON } from './use-cases/cancel-order';
export { type CompleteOrderInput, completeOrder } from './use-cases/complete-order';
export { type CountOrdersByStatusInput, countOrdersByStatus } from './use-cases/count-orders-by-status';
export { type DeliverOrderInput, deliverOrder } from './use-cases/deliver-order';
export { type GetOrderInput, getOrder } from './use-cases/get-order';
export { type GetOrderSummaryInput, getOrderSummary } from './use-cases/get-order-summary';
export { type ListOrdersInput, listOrders } from './use-cases/list-orders';
export { type PlaceOrderInput, placeOrder } from './use-cases/place-order';
export { type ReassignCustomerOrdersInput, reassignCustomerOrders } from './use-cases/reassign-customer-orders';
export { type ReopenOrderInput, reopenOrder } from './use-cases/reopen-order';
export { seedDemoOrders } from './use-cases/seed-demo-orders';
export { type ShipOrderInput, shipOrder } from './use-cases/ship-order';
export { type SubmitOrderInput, submitOrder } from './use-cases/submit-order';
export { type UpdateOrderInput, updateOrder } from './use-cases/update-order';
