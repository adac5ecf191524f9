import type { Config } from '@nexova/config';
import { defineModule, eventsIn } from '@nexova/module';
import type { AgentBrain } from './brain/agent-brain';
import { OfflineBrain } from './brain/offline-brain';
import { inboundConsumer } from './consumers/inbound.consumer';
import * as events from './contracts/events/agent-events.v1';
import { agentRoutes } from './http/agent-routes';
import { agentPermissions } from './http/permissions';
import { mcpRoutes } from './mcp/mcp-route';

/** What the app hands the agent: its config and the brain (the offline one until LLM providers land). */
export type AgentRuntime = { config: Config; brain: AgentBrain };

export const agentRuntime = (config: Config): AgentRuntime => ({ config, brain: new OfflineBrain() });

/** The conversational agent: answers inbound WhatsApp messages with tools over the other modules' use-cases. */
export const agentModule = (runtime: AgentRuntime) =>
  defineModule({
    name: 'agent',
    routes: [
      { name: 'agent', plugin: agentRoutes },
      // At the root, as MCP clients expect; still an API route (API key or token, workspace, agent:read).
      { name: 'agent-mcp', plugin: mcpRoutes, prefix: '' },
    ],
    consumers: [inboundConsumer(runtime.config, runtime.brain)],
    permissions: agentPermissions,
    events: eventsIn(events),
    titles: {
      agent_session_not_found: {
        es: 'El agente aún no habló en esta conversación',
        'pt-BR': 'O agente ainda não falou nesta conversa',
      },
    },
  });
