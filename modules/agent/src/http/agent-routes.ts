import { decodeCursor, ifMatchVersion, pageOf, pageQuery } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { toolDescriptors } from '../tools/registry';
import { getAgentSettings, putAgentSettings } from '../use-cases/agent-settings';
import { getAgentSession } from '../use-cases/get-agent-session';
import { getAgentUsage } from '../use-cases/get-agent-usage';
import * as s from './agent.schema';

const tags = ['agent'];

/** /agent: the agent's tools and role; a conversation's agent session. Handlers parse, call one use-case, reply. */
export const agentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/agent/tools',
    {
      config: { permission: 'agent:read' },
      schema: {
        operationId: 'listAgentTools',
        summary: "The agent's tools with their input JSON Schemas",
        description: 'What a language model (or an MCP client) is offered; each runs the same use-case as the API.',
        tags,
        querystring: pageQuery(app.config),
        response: { 200: s.toolListSchema },
      },
    },
    async (req) => {
      const after = decodeCursor(req.query.cursor)?.[0];
      const tools = toolDescriptors();
      const from = typeof after === 'string' ? tools.findIndex((t) => t.name === after) + 1 : 0;
      return pageOf(tools.slice(from), req.query.limit, (t) => [t.name]);
    },
  );

  app.get(
    '/agent/settings',
    {
      config: { permission: 'agent:read', versioned: true },
      schema: {
        operationId: 'getAgentSettings',
        summary: "The agent's role: the permissions its tools run with",
        tags,
        response: { 200: s.settingsSchema },
      },
    },
    async (req) =>
      getAgentSettings({ ctx: req.ctx, input: { defaultBudget: app.config.AGENT_MONTHLY_TOKEN_BUDGET ?? null } }),
  );

  app.put(
    '/agent/settings',
    {
      config: { permission: 'agent:manage', versioned: true },
      schema: {
        operationId: 'putAgentSettings',
        summary: "Set the agent's role (the permissions its tools run with)",
        description:
          'A tool whose permission is no longer covered is refused from the next message on (agent_tool_forbidden in its log).',
        tags,
        body: s.settingsBody,
        response: { 200: s.settingsSchema },
      },
    },
    async (req) =>
      putAgentSettings({
        ctx: req.ctx,
        input: {
          permissions: req.body.permissions,
          monthlyTokenBudget: req.body.monthly_token_budget,
          defaultBudget: app.config.AGENT_MONTHLY_TOKEN_BUDGET ?? null,
          expectedVersion: ifMatchVersion(req),
        },
      }),
  );

  app.get(
    '/agent/usage',
    {
      config: { permission: 'agent:read' },
      schema: {
        operationId: 'getAgentUsage',
        summary: "The agent's model tokens and calls of a month, per provider and model, with the budget",
        description:
          'Over the monthly token budget the offline agent answers instead of the model (customers are still served).',
        tags,
        querystring: s.usageQuery,
        response: { 200: s.usageSchema },
      },
    },
    async (req) =>
      getAgentUsage({
        ctx: req.ctx,
        input: { month: req.query.month, defaultBudget: app.config.AGENT_MONTHLY_TOKEN_BUDGET ?? null },
      }),
  );

  app.get(
    '/conversations/:conversation_id/agent-session',
    {
      config: { permission: 'agent:read', versioned: true },
      schema: {
        operationId: 'getConversationAgentSession',
        summary: "The agent's session of a conversation (its state machine)",
        tags,
        params: s.conversationParams,
        response: { 200: s.sessionSchema },
      },
    },
    async (req) => getAgentSession({ ctx: req.ctx, input: { conversationId: req.params.conversation_id } }),
  );
};
