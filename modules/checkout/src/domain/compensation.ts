// House rule 6: each step returns the input of its own compensation; the saga keeps them as a stack
// and unwinds newest-first. Compensations are idempotent and a no-op on empty input.

export type Compensation =
  | { kind: 'release_stock'; input: { reservationId: string } }
  | { kind: 'cancel_payment'; input: { orderId: string } };

/** The stack after a step succeeded (its compensation is pushed; a step with nothing to undo pushes null). */
export const pushCompensation = (stack: readonly Compensation[], next: Compensation | null): Compensation[] =>
  next ? [...stack, next] : [...stack];

/** The order in which to undo: newest first. */
export const unwindOrder = (stack: readonly Compensation[]): Compensation[] => [...stack].reverse();
