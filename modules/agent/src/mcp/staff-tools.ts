import { z } from 'zod';
import { AGENT_TOOLS, toolDescriptors } from '../tools/registry';
import type { AgentTool } from '../tools/tool';

// The staff variant of the agent's tools, offered over MCP. Over WhatsApp the conversation says who
// the customer is; over MCP the caller is staff acting for one, so a tool that uses the customer
// takes a required `customer_id`. Tools that act on the conversation itself (the handoff: the agent
// stepping back from a chat it runs) are not offered: an MCP caller is not the chat's bot, and staff
// take over or hand back conversations through the conversations API. Mutating tools (a permission
// other than `*:read`) take an optional `idempotency_key`.

export const CUSTOMER_ID = 'customer_id';
export const IDEMPOTENCY_KEY = 'idempotency_key';

export type StaffTool = {
  tool: AgentTool;
  /** The MCP tool: name, description, the agent tool's JSON Schema plus the staff inputs. */
  descriptor: { name: string; description: string; inputSchema: { type: 'object' } & Record<string, unknown> };
  needsCustomer: boolean;
  mutating: boolean;
};

const customerIdSchema = {
  type: 'string',
  format: 'uuid',
  description: 'The customer (a person of the directory) this call acts for.',
};
const idempotencyKeySchema = {
  type: 'string',
  minLength: 1,
  maxLength: 255,
  pattern: '^[\\x21-\\x7e]+$',
  description:
    'Optional: a retried call with the same key answers the first result instead of acting twice (kept IDEMPOTENCY_TTL_HOURS, 24 h by default).',
};

/** Parses the staff inputs; the rest of the arguments go to the tool's own schema. */
export const staffInput = z.object({
  [CUSTOMER_ID]: z.string().uuid().optional(),
  [IDEMPOTENCY_KEY]: z
    .string()
    .regex(/^[\x21-\x7e]{1,255}$/, 'must be 1–255 visible ASCII characters')
    .optional(),
});

export const isMutating = (tool: AgentTool) => !tool.permission.endsWith(':read');

/** Whatever AGENT_TOOLS holds, in its order, minus the tools that need a conversation. */
export function staffTools(): StaffTool[] {
  const schemas = new Map(toolDescriptors().map((d) => [d.name, d.input_schema]));
  return AGENT_TOOLS.filter((tool) => !tool.uses?.includes('conversation')).map((tool) => {
    const schema = schemas.get(tool.name) ?? { type: 'object', properties: {} };
    const needsCustomer = tool.uses?.includes('customer') === true;
    const mutating = isMutating(tool);
    const properties = {
      ...(needsCustomer ? { [CUSTOMER_ID]: customerIdSchema } : {}),
      ...((schema.properties as Record<string, unknown> | undefined) ?? {}),
      ...(mutating ? { [IDEMPOTENCY_KEY]: idempotencyKeySchema } : {}),
    };
    const required = [...(needsCustomer ? [CUSTOMER_ID] : []), ...((schema.required as string[] | undefined) ?? [])];
    const inputSchema = { ...schema, type: 'object' as const, properties, ...(required.length ? { required } : {}) };
    const forCustomer = needsCustomer ? ' The customer is the one named by customer_id.' : '';
    const description = `${tool.description}${forCustomer} (Needs ${tool.permission}.)`;
    return { tool, descriptor: { name: tool.name, description, inputSchema }, needsCustomer, mutating };
  });
}
