import type { ItemOf, operations, ResponseOf } from '@nexova/client';

export type Order = ResponseOf<operations['getOrder']>;
export type OrderSummary = ItemOf<operations['listOrders']>;
export type Checkout = ResponseOf<operations['getOrderCheckout']>;
export type Balance = ResponseOf<operations['getOrderBalance']>;
export type Payment = ItemOf<operations['listOrderPayments']>;
export type Receipt = Payment['attachments'][number];
export type OrderAction = Order['allowed_actions'][number];
