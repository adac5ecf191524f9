import { describe, expect, it } from 'vitest';
import { AGENT_TOOLS, toolDescriptors } from '../tools/registry';
import { staffInput, staffTools } from './staff-tools';

describe('the staff variant of the agent tools (MCP)', () => {
  it('declares in `uses` every part of the session a tool reads (else MCP would not ask for it)', () => {
    for (const tool of AGENT_TOOLS) {
      const source = tool.run.toString();
      const reads = (part: string) =>
        new RegExp(`session\\??\\.${part}\\b|\\b${part}\\b[^=]*=\\s*session`).test(source);
      expect(reads('customerId'), tool.name).toBe(tool.uses?.includes('customer') === true);
      expect(reads('conversationId'), tool.name).toBe(tool.uses?.includes('conversation') === true);
    }
  });

  it('keeps each tool schema and adds customer_id (required) and idempotency_key (mutating tools)', () => {
    const schemas = new Map(toolDescriptors().map((d) => [d.name, d.input_schema]));
    const staff = staffTools();
    expect(staff.map((s) => s.tool.name)).toEqual(
      AGENT_TOOLS.filter((t) => !t.uses?.includes('conversation')).map((t) => t.name),
    );
    for (const s of staff) {
      const own = schemas.get(s.tool.name) as { properties: Record<string, unknown>; required?: string[] };
      const schema = s.descriptor.inputSchema as unknown as {
        properties: Record<string, unknown>;
        required?: string[];
      };
      expect(schema.properties).toMatchObject(own.properties);
      expect(schema.required ?? []).toEqual([...(s.needsCustomer ? ['customer_id'] : []), ...(own.required ?? [])]);
      expect('idempotency_key' in schema.properties).toBe(s.mutating);
      expect(s.mutating).toBe(!s.tool.permission.endsWith(':read'));
    }
  });

  it('parses the staff inputs: a uuid customer, a visible-ASCII key', () => {
    expect(staffInput.safeParse({ customer_id: 'x' }).success).toBe(false);
    expect(staffInput.safeParse({ idempotency_key: 'has space' }).success).toBe(false);
    expect(staffInput.safeParse({ customer_id: crypto.randomUUID(), idempotency_key: 'k-1' }).success).toBe(true);
  });
});
