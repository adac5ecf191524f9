import type { Actor } from '@nexova/kernel';

/** What every event looks like on the wire, on every transport (seed 000 §13, seed 004 §1). */
export type EventEnvelope<P = unknown> = {
  id: string;
  type: string;
  version: number;
  occurred_at: string;
  workspace_id: string | null;
  aggregate: { type: string; id: string };
  actor: { type: Actor['type']; id: string | null };
  request_id: string | null;
  correlation_id: string | null;
  causation_id: string | null;
  payload: P;
};
