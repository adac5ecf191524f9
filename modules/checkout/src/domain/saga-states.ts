// The checkout saga's states (seed 004): the happy path and the ways it can end.

export const SAGA_STATES = [
  'started',
  'stock_reserved',
  'payment_pending',
  'payment_overdue',
  'completed',
  'stock_failed',
  'payment_failed',
  'canceled',
  'timed_out',
] as const;
export type SagaState = (typeof SAGA_STATES)[number];

export const TERMINAL_STATES: readonly SagaState[] = [
  'completed',
  'stock_failed',
  'payment_failed',
  'canceled',
  'timed_out',
];

export const isTerminal = (state: SagaState) => TERMINAL_STATES.includes(state);

/** Only a saga that could not hold the stock may run again: its order went back to draft. */
export const canRestart = (state: SagaState) => state === 'stock_failed';

/** Where each state may go next; anything else is a bug the store refuses. */
export const SAGA_TRANSITIONS: Record<SagaState, readonly SagaState[]> = {
  started: ['stock_reserved', 'stock_failed', 'canceled', 'timed_out', 'payment_overdue'],
  stock_reserved: ['payment_pending', 'payment_failed', 'canceled', 'timed_out', 'payment_overdue'],
  payment_pending: ['completed', 'payment_failed', 'canceled', 'timed_out', 'payment_overdue'],
  // The deadline passed while the order held money: staff decide. Paid off → completed; every payment
  // refunded or voided → timed_out (the saga cancels the order then); staff cancel → canceled.
  payment_overdue: ['completed', 'canceled', 'timed_out'],
  stock_failed: ['started'],
  completed: [],
  payment_failed: [],
  canceled: [],
  timed_out: [],
};

export const canMove = (from: SagaState, to: SagaState) => SAGA_TRANSITIONS[from].includes(to);
