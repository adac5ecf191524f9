export { type RetryPolicy, retryDelayMs } from './backoff';
export {
  type ConsumerDefinition,
  defineConsumer,
  type HandlerArgs,
  registeredConsumers,
} from './consumer';
export { checkpoints, deadLetters, inbox, outbox, retries, timers } from './db/schema';
export { defineEvent, type EventDefinition, eventKey, findEvent, registeredEvents } from './define-event';
export {
  type DeadLetter,
  type DeadLetterDetail,
  DeadLetterError,
  type DeadLetterStatus,
  discardDeadLetter,
  getDeadLetter,
  listDeadLetters,
  replayDeadLetter,
} from './dlq';
export {
  consumeBatch,
  createEmbeddedTransport,
  DEFAULT_RETRY,
  type EmbeddedTransport,
  type EventWorker,
  retryDue,
  type TransportOptions,
} from './embedded';
export type { EventEnvelope } from './envelope';
export { type EventMetrics, eventMetrics } from './metrics';
export { createNatsTransport, deleteNatsStreams, type NatsOptions, type NatsTransport } from './nats';
export { type PublishInput, publish } from './publish';
export { eventPermission, type RealtimeOptions, type RealtimePrincipal, realtimeRoutes } from './realtime';
export { type EventRoutesOptions, eventRoutes } from './routes';
export { type ConsumerStatus, consumerStatus, ensureCheckpoint } from './status';
export { type SweepResult, sweepEvents } from './sweeper';
export { cancel, fireDueTimers, periodicWorker, schedule, type TimerInput, timerWorker } from './timers';
