// The checkout saga's states (seed 004): the happy path and the ways it can end.

export const SAGA_STATES = [
  'STARTED',
  'STOCK_RESERVED',
  'PAYMENT_PENDING',
  'PAYMENT_OVERDUE',
  'COMPLETED',
  'STOCK_FAILED',
  'PAYMENT_FAILED',
  'CANCELLED',
  'TIMED_OUT',
] as const;
export type SagaState = (typeof SAGA_STATES)[number];

export const TERMINAL_STATES: readonly SagaState[] = [
  'COMPLETED',
  'STOCK_FAILED',
  'PAYMENT_FAILED',
  'CANCELLED',
  'TIMED_OUT',
];

export const isTerminal = (state: SagaState) => TERMINAL_STATES.includes(state);

/** Only a saga that could not hold the stock may run again: its order went back to draft. */
export const canRestart = (state: SagaState) => state === 'STOCK_FAILED';

/** Where each state may go next; anything else is a bug the store refuses. */
export const SAGA_TRANSITIONS: Record<SagaState, readonly SagaState[]> = {
  STARTED: ['STOCK_RESERVED', 'STOCK_FAILED', 'CANCELLED', 'TIMED_OUT', 'PAYMENT_OVERDUE'],
  STOCK_RESERVED: ['PAYMENT_PENDING', 'PAYMENT_FAILED', 'CANCELLED', 'TIMED_OUT', 'PAYMENT_OVERDUE'],
  PAYMENT_PENDING: ['COMPLETED', 'PAYMENT_FAILED', 'CANCELLED', 'TIMED_OUT', 'PAYMENT_OVERDUE'],
  // The deadline passed while the order held money: staff decide. Paid off → COMPLETED; every payment
  // refunded or voided → TIMED_OUT (the saga cancels the order then); staff cancel → CANCELLED.
  PAYMENT_OVERDUE: ['COMPLETED', 'CANCELLED', 'TIMED_OUT'],
  STOCK_FAILED: ['STARTED'],
  COMPLETED: [],
  PAYMENT_FAILED: [],
  CANCELLED: [],
  TIMED_OUT: [],
};

export const canMove = (from: SagaState, to: SagaState) => SAGA_TRANSITIONS[from].includes(to);
