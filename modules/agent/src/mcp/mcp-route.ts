import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { FastifyPluginAsync } from 'fastify';
import { mcpServer } from './mcp-server';

export const MCP_PATH = '/mcp';

/**
 * POST /mcp: the agent's tools for any MCP client (streamable HTTP, stateless: a server and a
 * transport per request, JSON answers, no session id — any API replica answers any call, and the
 * tools need no server-initiated messages). The platform has already authenticated the caller
 * (an API key, or a member's token with x-workspace-id: 401/404 as problem+json before any MCP),
 * set the workspace, checked agent:read (seeing the tools) and rate-limited the call; the handler
 * then hands the raw request, response and parsed body to the SDK's transport. GET and DELETE
 * (a standalone SSE stream, ending a session) answer 405, which the protocol allows in stateless mode.
 * Not in openapi.json (JSON-RPC, not a REST resource): docs/MCP.md documents it.
 */
export const mcpRoutes: FastifyPluginAsync = async (app) => {
  app.post(
    MCP_PATH,
    { config: { permission: 'agent:read', idempotent: false }, schema: { hide: true } },
    async (request, reply) => {
      const server = mcpServer(request.ctx, app.config, (error) =>
        request.log.error({ err: error }, 'MCP tool failed'),
      );
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
      reply.hijack();
      // Headers set so far (request id, rate limits) would be lost with the hijack: hand them on.
      for (const [name, value] of Object.entries(reply.getHeaders())) {
        if (value !== undefined) reply.raw.setHeader(name, value);
      }
      reply.raw.on('close', () => {
        void transport.close();
        void server.close();
      });
      await server.connect(transport);
      await transport.handleRequest(request.raw, reply.raw, request.body);
    },
  );
};
