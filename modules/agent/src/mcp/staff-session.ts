import { newId } from '@nexova/kernel';
import type { AgentTool, ToolSession, ToolSessionPart } from '../tools/tool';

/**
 * The ToolSession of a staff call: the customer the caller named, no conversation. Reading a part
 * the tool did not declare in `uses` is a programming error (its MCP schema would not ask for it):
 * it throws, and the call fails as a 5xx instead of acting on an undefined id.
 */
export function staffSession(tool: AgentTool, customerId: string | undefined): ToolSession {
  const undeclared = (part: ToolSessionPart): never => {
    throw new Error(`Agent tool ${tool.name} reads the ${part} of its session but does not declare it in \`uses\`.`);
  };
  const id = newId();
  return {
    id,
    get customerId() {
      return customerId ?? undeclared('customer');
    },
    get conversationId() {
      return undeclared('conversation');
    },
  };
}
