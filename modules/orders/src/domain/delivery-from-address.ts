import type { CustomerAddress } from '@nexova/customers';
import type { DeliveryInput } from '../contracts/order';

/**
 * An order's delivery prefilled from a customer's address: sent to it, the street lines joined into
 * `address`. The delivery keeps no region or country of its own; region joins the city when set.
 */
export function deliveryFromAddress(a: CustomerAddress): DeliveryInput {
  return {
    method: 'delivery',
    recipient: a.recipient,
    phone: a.phone,
    address: [a.line1, a.line2].filter(Boolean).join(', '),
    city: a.region ? `${a.city}, ${a.region}` : a.city,
    postal_code: a.postal_code,
  };
}
