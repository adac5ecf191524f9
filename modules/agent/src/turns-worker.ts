import { queryRows } from '@nexova/db';
import { type EventWorker, senderWorker } from '@nexova/events';
import { systemContext } from '@nexova/kernel';
import type { ModuleDeps } from '@nexova/module';
import { sql } from 'drizzle-orm';
import type { AgentRuntime } from './module';
import { AGENT_TURNS_CHANNEL } from './use-cases/queue-turn';
import { runDueTurns, type UnreleasedTurns } from './use-cases/run-due-turns';

/**
 * The worker that answers queued turns: it wakes when the inbound consumer queues one (notified
 * after its commit) and runs again at once while it finds some; idle, it asks once per
 * EVENTS_IDLE_POLL_MS whether a thinking turn goes stale within that window (a worker died) and
 * polls each second only while one does. Brains and model calls run outside any transaction.
 */
export function agentTurnsWorkers(deps: ModuleDeps, runtime: AgentRuntime): EventWorker[] {
  const { db } = deps.database;
  const ctx = { ...systemContext(null, 'agent'), db };
  const staleMs = deps.config.AGENT_TURN_STALE_SECONDS * 1000;
  const unreleased: UnreleasedTurns = new Map();
  return [
    senderWorker('agent:turns', {
      database: deps.database,
      channel: AGENT_TURNS_CHANNEL,
      idlePollMs: deps.config.EVENTS_IDLE_POLL_MS,
      sendIntervalMs: 1000,
      anyDueBy: async (horizon) =>
        (
          await queryRows<{ id: string }>(
            db,
            sql`select id from agent.workspaces_with_due_turns(${new Date(horizon.getTime() - staleMs).toISOString()}::timestamptz, 1) as id`,
          )
        ).length > 0,
      sendDue: () =>
        runDueTurns({
          ctx,
          input: {
            brain: runtime.brain,
            config: runtime.config,
            observe: runtime.observe,
            audit: runtime.audit,
            unreleased,
          },
        }),
      logger: deps.logger,
    }),
  ];
}
