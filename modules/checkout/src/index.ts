// @nexova/checkout — the checkout saga over orders, inventory and payments (issue 6). The only door.
// It lives in its own module because payments already depends on orders: the process that drives
// both cannot sit inside either without a cycle.

export { type Checkout, checkoutSchema } from './contracts/checkout';
export * from './contracts/events/saga-events.v1';
export { isTerminal, SAGA_STATES, type SagaState } from './domain/saga-states';
export { checkoutModule } from './module';
export { type CancelUnpaidOrderInput, cancelUnpaidOrder } from './use-cases/cancel-unpaid-order';
export { type CheckoutOrderInput, checkoutOrder } from './use-cases/checkout-order';
export { type GetCheckoutInput, getCheckout } from './use-cases/get-checkout';
export { type WaitForCheckoutInput, waitForCheckout } from './use-cases/wait-for-checkout';
export { activeCheckoutWaits } from './waiting/checkout-waits';
