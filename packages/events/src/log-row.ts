import type { EventEnvelope } from './envelope';

/**
 * The outbox columns every reader selects (raw SQL, snake_case). `txid` comes back as text: order
 * by the table's column (`outbox.txid`, `o.txid`), never the alias — as text, 10000 sorts before 9998.
 */
export const LOG_COLUMNS = `position, txid::text as txid, id, type, version, workspace_id, aggregate_type, aggregate_id,
  actor_type, actor_id, request_id, correlation_id, causation_id, occurred_at, payload`;

export type LogRow = {
  position: string | number;
  txid: string;
  id: string;
  type: string;
  version: number;
  workspace_id: string | null;
  aggregate_type: string;
  aggregate_id: string;
  actor_type: string;
  actor_id: string | null;
  request_id: string | null;
  correlation_id: string | null;
  causation_id: string | null;
  occurred_at: string | Date;
  payload: unknown;
};

export function toEnvelope(row: LogRow): EventEnvelope {
  return {
    id: row.id,
    type: row.type,
    version: row.version,
    occurred_at: new Date(row.occurred_at).toISOString(),
    workspace_id: row.workspace_id,
    aggregate: { type: row.aggregate_type, id: row.aggregate_id },
    actor: { type: row.actor_type as EventEnvelope['actor']['type'], id: row.actor_id },
    request_id: row.request_id,
    correlation_id: row.correlation_id,
    causation_id: row.causation_id,
    payload: typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload,
  };
}

export const aggregateKey = (e: EventEnvelope) => `${e.aggregate.type}:${e.aggregate.id}`;
