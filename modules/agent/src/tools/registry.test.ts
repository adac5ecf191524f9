import { describe, expect, it } from 'vitest';
import { AGENT_TOOLS, DEFAULT_AGENT_PERMISSIONS, findTool, toolDescriptors } from './registry';

describe('agent tool registry', () => {
  it('exports a JSON Schema per tool from the zod schema the executor parses with', () => {
    const tools = toolDescriptors();
    expect(tools.map((t) => t.name)).toEqual([
      'list_products',
      'get_customer_context',
      'create_order_draft',
      'add_item_to_draft',
      'set_delivery_details',
      'request_confirmation',
      'confirm_order',
      'register_payment',
      'adjust_stock',
      'request_human_handoff',
      'send_catalog',
      'attach_receipt',
      'find_slots',
      'hold_slot',
      'book_appointment',
      'cancel_appointment',
      'get_patient_context',
    ]);
    for (const t of tools) {
      expect(t.input_schema).toMatchObject({ type: 'object', properties: expect.any(Object) });
      expect(t.input_schema.$schema).toBeUndefined();
      expect(JSON.parse(JSON.stringify(t.input_schema))).toEqual(t.input_schema);
      expect(t.description.length).toBeGreaterThan(20);
      expect(t.permission).toMatch(/^[a-z_]+:[a-z_]+$/);
    }
    const draft = tools.find((t) => t.name === 'create_order_draft')?.input_schema as {
      required: string[];
      properties: { items: { type: string; minItems: number } };
    };
    expect(draft.required).toEqual(['items']);
    expect(draft.properties.items).toMatchObject({ type: 'array', minItems: 1 });
  });

  it('exports the clinic tools with their inputs (hold_slot: an option or the slot itself)', () => {
    const tools = toolDescriptors();
    const hold = tools.find((t) => t.name === 'hold_slot')?.input_schema as { properties: Record<string, unknown> };
    expect(Object.keys(hold.properties).sort()).toEqual(
      ['option', 'professional_id', 'resource_id', 'service_id', 'starts_at'].sort(),
    );
    const find = tools.find((t) => t.name === 'find_slots')?.input_schema as { properties: Record<string, unknown> };
    expect(find.properties).toHaveProperty('service');
    const pay = tools.find((t) => t.name === 'register_payment')?.input_schema as {
      required: string[];
      properties: { method: { enum: string[] } };
    };
    expect(pay.required).toEqual(['method']);
    expect(pay.properties.method.enum).toEqual(['transfer', 'pix']);
  });

  it('defaults the agent role to the permissions of its customer-facing tools (not adjust_stock)', () => {
    expect(DEFAULT_AGENT_PERMISSIONS).toEqual(
      [...new Set(AGENT_TOOLS.filter((t) => t.defaultGrant !== false).map((t) => t.permission))].sort(),
    );
    expect(DEFAULT_AGENT_PERMISSIONS).not.toContain('stock:write');
    expect(DEFAULT_AGENT_PERMISSIONS).toEqual(
      expect.arrayContaining(['appointments:read', 'appointments:write', 'payments:write']),
    );
    expect(findTool('confirm_order')?.permission).toBe('orders:transition');
    expect(findTool('nope')).toBeUndefined();
  });

  it('parses input with the same schema (a bad quantity is refused before any use-case)', () => {
    const add = findTool('add_item_to_draft');
    expect(
      add?.input.safeParse({ order_id: crypto.randomUUID(), variant_id: crypto.randomUUID(), quantity: 0 }).success,
    ).toBe(false);
  });
});
