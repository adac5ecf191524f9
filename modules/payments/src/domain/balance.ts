// Order balance arithmetic in integer minor units.

export type PaidStatus = 'unpaid' | 'partial' | 'paid';

export const balanceOf = (total: number, paid: number) => Math.max(total - paid, 0);

export function paidStatus(total: number, paid: number): PaidStatus {
  if (paid <= 0) return total === 0 ? 'paid' : 'unpaid';
  return paid >= total ? 'paid' : 'partial';
}
