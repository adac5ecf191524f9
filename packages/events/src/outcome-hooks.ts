import { type Database, queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';
import type { Outcome } from './apply-batch';
import type { StepOptions } from './consume-batch';
import type { ConsumerDefinition } from './consumer';
import type { EventMetrics } from './metrics';
import { sqlState } from './transient';
import type { TransportLogger } from './transport-options';

export type HookTarget = {
  consumer: ConsumerDefinition;
  transport: 'embedded' | 'nats';
  metrics: EventMetrics | undefined;
  logger: TransportLogger | undefined;
  database: { db: Database };
};

/**
 * What both transports do with the outcomes of a committed step: count them, and raise an alert for
 * every dead letter — `nexova_events_dead_letters_total{consumer,event_type}` plus an error-level log
 * naming the event, its aggregate and the consumer. A consumer marked `critical` (the checkout path:
 * a dead letter there leaves a paid order waiting) says so in the log line, with the command that
 * resumes it. Deadlocks retried without counting an attempt are counted and logged at warn level.
 */
export function outcomeHooks(target: HookTarget): Omit<StepOptions, 'batchSize' | 'retry'> {
  const { consumer, metrics, logger } = target;
  const labels = { consumer: consumer.name, transport: target.transport };
  return {
    onApplied: (ms) => {
      metrics?.processed.inc(labels);
      metrics?.duration.observe(labels, ms / 1000);
    },
    onFailed: (dead) => {
      metrics?.failed.inc(labels);
      if (dead) metrics?.deadLettered.inc(labels);
    },
    onDeadLetter: (outcome) => alertDeadLetter(target, outcome),
    onTransient: (error) => {
      const state = sqlState(error) ?? 'unknown';
      metrics?.transientRetries.inc({ consumer: consumer.name, sqlstate: state });
      logger?.warn(
        { consumer: consumer.name, sqlstate: state, err: error },
        'consumer transaction rolled back; retrying',
      );
    },
  };
}

function alertDeadLetter(target: HookTarget, outcome: Outcome): void {
  const { consumer, metrics, logger } = target;
  const event = outcome.event;
  if (!event) return;
  const eventType = `${event.type}.v${event.version}`;
  metrics?.deadLetters.inc({ consumer: consumer.name, event_type: eventType });
  logger?.error(
    {
      alert: 'event_dead_lettered',
      critical: consumer.critical === true,
      consumer: consumer.name,
      dead_letter_id: outcome.letter,
      event_id: event.id,
      event_type: eventType,
      aggregate_type: event.aggregate.type,
      aggregate_id: event.aggregate.id,
      workspace_id: event.workspace_id,
      correlation_id: event.correlation_id,
      last_error: outcome.error,
    },
    `${consumer.critical ? 'CRITICAL: ' : ''}consumer ${consumer.name} dead-lettered ${eventType} of ${event.aggregate.type} ${event.aggregate.id}` +
      `${consumer.critical ? ' (a checkout waits on it)' : ''}; resume with: nexova events dlq replay ${outcome.letter}`,
  );
  if (metrics) void refreshDeadLetterGauge(target.database.db, metrics).catch(() => undefined);
}

/** Sets nexova_events_dead_letters_open from the table (every consumer with a row; 0 once resolved). */
export async function refreshDeadLetterGauge(db: Database, metrics: EventMetrics): Promise<void> {
  const rows = await queryRows<{ consumer: string; open: number }>(
    db,
    sql`select consumer, count(*) filter (where status = 'open')::int as open from events.dead_letters group by consumer`,
  );
  for (const row of rows) metrics.deadLettersOpen.set({ consumer: row.consumer }, row.open);
}
