import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  type CallToolResult,
  ErrorCode,
  ListToolsRequestSchema,
  McpError,
} from '@modelcontextprotocol/sdk/types.js';
import type { Config } from '@nexova/config';
import type { AppContext } from '@nexova/db';
import { callStaffTool } from './call-staff-tool';
import { staffTools } from './staff-tools';

export const MCP_SERVER_INFO = { name: 'nexova', version: '1.0.0' };

const text = (value: unknown) => [{ type: 'text' as const, text: JSON.stringify(value) }];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A low-level MCP server for one request's caller: tools/list answers the staff variant of the
 * agent's tools (their JSON Schemas from the registry), tools/call runs one with the caller's
 * context. A refusal is a tool result with isError (its problem code and message); an unexpected
 * failure is logged by `onFailure` and answered as a JSON-RPC internal error without its details.
 */
export function mcpServer(ctx: AppContext, config: Config, onFailure: (error: unknown) => void): Server {
  const server = new Server(MCP_SERVER_INFO, {
    capabilities: { tools: {} },
    instructions:
      "Nexova: the shop agent's tools, run as you (your API key's permissions). Tools about a customer take customer_id; mutating tools take an optional idempotency_key.",
  });
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: staffTools().map((t) => t.descriptor),
  }));
  server.setRequestHandler(CallToolRequestSchema, async (request): Promise<CallToolResult> => {
    try {
      const result = await callStaffTool({
        ctx,
        input: { name: request.params.name, args: request.params.arguments, config },
      });
      if (!result.ok)
        return { isError: true, content: text({ error: result.error }), structuredContent: { error: result.error } };
      return {
        content: text(result.output ?? null),
        ...(isRecord(result.output) ? { structuredContent: result.output } : {}),
      };
    } catch (error) {
      onFailure(error);
      throw new McpError(ErrorCode.InternalError, `The tool failed (request ${ctx.requestId}); it was logged.`);
    }
  });
  return server;
}
