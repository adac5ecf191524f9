import type { Config } from '@nexova/config';
import type { AuditWriter } from '@nexova/db';
import { createLlmMetrics, type LlmMetrics, type LlmProvider, llmFromConfig, metered } from '@nexova/llm';
import { defineModule, eventsIn } from '@nexova/module';
import type { Logger, Registry } from '@nexova/observability';
import { Counter } from 'prom-client';
import type { AgentBrain } from './brain/agent-brain';
import { LlmBrain } from './brain/llm-brain';
import { OfflineBrain } from './brain/offline-brain';
import { inboundConsumer } from './consumers/inbound.consumer';
import * as events from './contracts/events/agent-events.v1';
import { agentRoutes } from './http/agent-routes';
import { agentPermissions } from './http/permissions';
import { mcpRoutes } from './mcp/mcp-route';
import { agentTurnsWorkers } from './turns-worker';
import type { TurnObserver } from './use-cases/answer-message';

/** What the app hands the agent: its config, the brain, and what hears its turns (logs, metrics). */
export type AgentRuntime = {
  config: Config;
  brain: AgentBrain;
  observe: TurnObserver;
  /** The audit trail's writer: each tool call that changes something is recorded with actor `agent`. */
  audit?: AuditWriter;
};

const OVER_BUDGET = 'nexova_agent_over_budget_turns_total';

/** The registry's model counters: created once, reused when the app is composed again on it (a CLI command, a test). */
function llmMetricsOf(registry: Registry): LlmMetrics {
  const calls = registry.getSingleMetric('nexova_llm_calls_total');
  const tokens = registry.getSingleMetric('nexova_llm_tokens_total');
  return calls && tokens ? ({ calls, tokens } as LlmMetrics) : createLlmMetrics(registry);
}

export type AgentRuntimeDeps = {
  logger?: Logger;
  metrics?: Registry;
  provider?: LlmProvider | null;
  audit?: AuditWriter;
};

/**
 * The language-model brain when the config names a provider with its key (LLM_PROVIDER, with
 * LLM_FALLBACK_PROVIDER behind it), else the offline rule-based one: with nothing configured
 * `npm start` still sells in the simulator.
 */
export function agentRuntime(config: Config, deps: AgentRuntimeDeps = {}): AgentRuntime {
  const { logger, metrics } = deps;
  const onFallback = (failed: LlmProvider, error: unknown) =>
    logger?.warn({ provider: failed.name, err: error }, 'agent: model provider failed, trying the fallback');
  let provider = deps.provider === undefined ? llmFromConfig(config, onFallback) : deps.provider;
  if (provider && metrics) provider = metered(provider, llmMetricsOf(metrics));
  const brain: AgentBrain = provider
    ? new LlmBrain(provider, {
        maxSteps: config.AGENT_MAX_STEPS_PER_TURN,
        maxOutputTokens: config.LLM_MAX_OUTPUT_TOKENS,
        contextTokens: config.LLM_CONTEXT_TOKENS,
      })
    : new OfflineBrain();
  const overBudget = metrics
    ? ((metrics.getSingleMetric(OVER_BUDGET) as Counter | undefined) ??
      new Counter({
        name: OVER_BUDGET,
        help: "Agent turns answered by the offline brain because the workspace spent its month's model tokens.",
        registers: [metrics],
      }))
    : null;
  return {
    config,
    brain,
    audit: deps.audit,
    observe: {
      overBudget(info) {
        overBudget?.inc();
        logger?.warn(info, 'agent: monthly token budget spent, the offline agent answers');
      },
      failed(info) {
        logger?.error({ workspaceId: info.workspaceId, turnId: info.turnId, err: info.error }, 'agent: turn failed');
      },
    },
  };
}

/** The conversational agent: answers inbound WhatsApp messages with tools over the other modules' use-cases. */
export const agentModule = (runtime: AgentRuntime) =>
  defineModule({
    name: 'agent',
    routes: [
      { name: 'agent', plugin: agentRoutes },
      // At the root, as MCP clients expect; still an API route (API key or token, workspace, agent:read).
      { name: 'agent-mcp', plugin: mcpRoutes, prefix: '' },
    ],
    consumers: [inboundConsumer],
    workers: (deps) => agentTurnsWorkers(deps, runtime),
    permissions: agentPermissions,
    events: eventsIn(events),
    titles: {
      agent_session_not_found: {
        es: 'El agente aún no habló en esta conversación',
        'pt-BR': 'O agente ainda não falou nesta conversa',
      },
    },
  });
