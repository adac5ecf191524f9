// House rule 6: each step returns the input of its own compensation; the saga keeps them as a stack
// and unwinds newest-first. Compensations are idempotent and a no-op on empty input.

// The stock hold has no compensation of its own: the saga's failure path cancels the order and
// orders' cancelOrder is the one owner of a canceled order's stock (sagas/fail.ts). `release_stock`
// stays readable for sagas persisted before that (it is a no-op now).
export type Compensation =
  | { kind: 'cancel_payment'; input: { orderId: string } }
  | { kind: 'release_stock'; input: { reservationId: string } };

/** The stack after a step succeeded (its compensation is pushed; a step with nothing to undo pushes null). */
export const pushCompensation = (stack: readonly Compensation[], next: Compensation | null): Compensation[] =>
  next ? [...stack, next] : [...stack];

/** The order in which to undo: newest first. */
export const unwindOrder = (stack: readonly Compensation[]): Compensation[] => [...stack].reverse();
