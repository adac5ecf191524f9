import { ValidationError } from '@nexova/kernel';

/** A price is integer minor units and an ISO 4217 currency, both or neither; else 400 naming the missing one. */
export function priceFields(
  price: number | null | undefined,
  currency: string | null | undefined,
): { priceAmount: number | null; currency: string | null } {
  const hasPrice = price !== null && price !== undefined;
  const hasCurrency = currency !== null && currency !== undefined;
  if (hasPrice !== hasCurrency)
    throw new ValidationError('A price needs its currency, and a currency its price.', [
      {
        pointer: hasPrice ? '/currency' : '/price',
        in: 'body',
        message: hasPrice ? 'is required with price' : 'is required with currency',
        code: 'price_currency_pair',
      },
    ]);
  return { priceAmount: hasPrice ? price : null, currency: hasCurrency ? currency : null };
}
