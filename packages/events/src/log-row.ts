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

/**
 * The outbox columns the NATS relay needs, with the event's envelope built by PostgreSQL as JSON
 * text: exactly what JSON.stringify(toEnvelope(row)) gives once parsed (occurred_at in
 * toISOString's form, milliseconds truncated as pg's Date is; log-row.int.test.ts). The relay then
 * publishes the text as it comes, without parsing every column of the row into JavaScript values,
 * the payload's JSON included, and writing them back to JSON (issue 11: the relay shares its
 * process's one thread with the consumers, and during a backlog that thread is the limit).
 */
export const RELAY_COLUMNS = `position, txid::text as txid, id, type, version, json_build_object(
  'id', id, 'type', type, 'version', version,
  'occurred_at', to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'workspace_id', workspace_id,
  'aggregate', json_build_object('type', aggregate_type, 'id', aggregate_id),
  'actor', json_build_object('type', actor_type, 'id', actor_id),
  'request_id', request_id, 'correlation_id', correlation_id, 'causation_id', causation_id,
  'payload', payload)::text as envelope`;

export type RelayRow = Pick<LogRow, 'position' | 'txid' | 'id' | 'type' | 'version'> & { envelope: string };

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
