export { type RetryPolicy, retryDelayMs } from './backoff';
export { ensureCheckpoint } from './checkpoint';
export { consumeBatch } from './consume-batch';
export {
  type BatchHandlerArgs,
  type ConsumerDefinition,
  defineConsumer,
  type EnvelopeOf,
  type HandlerArgs,
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
export { createEmbeddedTransport, type EmbeddedTransport } from './embedded';
export type { EventEnvelope } from './envelope';
export { type HoldTimer, holdLapsed, holdTimer } from './hold-timer';
export { markHandled } from './inbox-mark';
export { type EventMetrics, eventMetrics } from './metrics';
export { createNatsTransport, deleteNatsStreams, type NatsOptions, type NatsTransport } from './nats';
export { type NotifiedWorkerOptions, notifiedWorker, type TickResult } from './notified-worker';
export { refreshDeadLetterGauge } from './outcome-hooks';
export { type PublishInput, publish } from './publish';
export { defineReadModel, type ReadModel, retainedEventTypes } from './read-model';
export {
  ACCESS_ENDED_CLOSE_CODE,
  eventPermission,
  type RealtimeOptions,
  type RealtimePrincipal,
  realtimeRoutes,
} from './realtime';
export type { RealtimeReadyFrame } from './realtime.schema';
export { type RebuildProgress, type RebuildResult, rebuildReadModel } from './rebuild';
export { redactEvents } from './redact';
export { retryDue } from './retry-due';
export { type EventRoutesOptions, eventRoutes } from './routes';
export { type SenderWorkerOptions, senderWorker } from './sender-worker';
export { type StaleJobWorkerOptions, staleJobWorker } from './stale-job-worker';
export { type ConsumerStatus, consumerStatus } from './status';
export { type SweepResult, sweepEvents } from './sweeper';
export {
  cancel,
  fireDueTimers,
  periodicWorker,
  schedule,
  TIMERS_CHANNEL,
  type TimerInput,
  timerWorker,
} from './timers';
export { DEFAULT_RETRY, type EventWorker, type TransportOptions } from './transport-options';
export { NOTIFY_CHANNEL, Wakeup } from './wakeup';
