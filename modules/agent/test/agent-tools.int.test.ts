import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import type { AppContext } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_AGENT_PERMISSIONS, executeTool, type ToolResult } from '../src/index';
import { agenda, appointmentsOf, type Clinic, clinic, created } from './clinic-helpers';
import { expectStatus, stockedProduct } from './helpers';

// Each new tool through the executor with the agent's role (allowed, and refused by permission),
// the executor's idempotency on (inbound message, tool, call index), and clinic tools refused in a
// shop-only workspace exactly as the API refuses them.

let app: TestApp;
let c: Clinic;
let setup: Awaited<ReturnType<typeof agenda>>;

beforeAll(async () => {
  app = await createTestApp();
  c = await clinic(app);
  setup = await agenda(c, ['Consulta']);
}, 120_000);
afterAll(() => app?.dispose());

type Caller = { customerId: string; sessionId: string };

/** A person of the directory with an agent session of their own. */
async function customer(s: Clinic, name = 'Ana Souza'): Promise<Caller> {
  return { customerId: (await created(s, '/customers', { name })).id, sessionId: randomUUID() };
}

function run(
  s: Clinic,
  who: Caller,
  tool: string,
  args: unknown,
  options: { permissions?: readonly string[]; inbound?: string; callIndex?: number } = {},
): Promise<ToolResult> {
  const ctx: AppContext = { ...systemContext(s.ws.workspaceId, 'test'), db: app.database.db };
  return executeTool({
    ctx,
    input: {
      tool,
      args,
      session: { id: who.sessionId, conversationId: randomUUID(), customerId: who.customerId },
      inboundMessageId: options.inbound ?? randomUUID(),
      callIndex: options.callIndex ?? 0,
      permissions: options.permissions ?? DEFAULT_AGENT_PERMISSIONS,
      config: app.config,
    },
  });
}

const ok = (r: ToolResult) => {
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return (r as { output: Record<string, unknown> }).output as never;
};
const refused = (r: ToolResult, code: string) =>
  expect(r).toEqual({ ok: false, error: expect.objectContaining({ code }) });
const without = (...drop: string[]) => DEFAULT_AGENT_PERMISSIONS.filter((p) => !drop.includes(p));

type Slots = { service: { service_id: string } | null; slots: { option: number; starts_at: string }[] };
type View = { appointment_id: string; status: string; starts_at: string; service_name: string };

describe('clinic tools through the executor', () => {
  it('find_slots → hold_slot (by option) → book_appointment → get_patient_context → cancel_appointment', async () => {
    const ana = await customer(c);
    const found: Slots = ok(await run(c, ana, 'find_slots', { limit: 3 }));
    expect(found.service?.service_id).toBe(setup.serviceIds[0]);
    expect(found.slots.map((s) => s.option)).toEqual([1, 2, 3]);

    const held: View = ok(await run(c, ana, 'hold_slot', { option: 3 }));
    expect(held).toMatchObject({ status: 'held', starts_at: found.slots[2]?.starts_at, service_name: 'Consulta' });
    refused(await run(c, ana, 'hold_slot', { option: 9 }), 'agent_option_unknown');

    const booked: View = ok(await run(c, ana, 'book_appointment', {}));
    expect(booked).toMatchObject({ appointment_id: held.appointment_id, status: 'booked' });

    // A clinical note exists, yet the context the chat sees has none of it.
    const patientId = (await appointmentsOf(c)).find((a) => a.id === held.appointment_id)?.patient_id;
    expectStatus(await c.call('POST', `/patients/${patientId}/notes`, { body: 'Alergia a penicilina' }), 201);
    const context = ok(await run(c, ana, 'get_patient_context', {})) as { name: string; upcoming: View[] };
    expect(context).toMatchObject({ name: 'Ana Souza', upcoming: [expect.objectContaining({ status: 'booked' })] });
    expect(JSON.stringify(context)).not.toContain('penicilina');

    // Someone else's appointment is not found; their own is canceled.
    const bob = await customer(c, 'Bob');
    refused(await run(c, bob, 'cancel_appointment', { appointment_id: held.appointment_id }), 'appointment_not_found');
    refused(await run(c, bob, 'book_appointment', {}), 'agent_no_hold');
    const canceled: View = ok(await run(c, ana, 'cancel_appointment', {}));
    expect(canceled).toMatchObject({ appointment_id: held.appointment_id, status: 'canceled' });
    refused(await run(c, ana, 'cancel_appointment', {}), 'agent_no_appointment');
  });

  it('each clinic tool is refused when the role lacks its permission, before any use-case', async () => {
    const ana = await customer(c);
    const noRead = without('appointments:read');
    const noWrite = without('appointments:write');
    refused(await run(c, ana, 'find_slots', {}, { permissions: noRead }), 'agent_tool_forbidden');
    refused(await run(c, ana, 'get_patient_context', {}, { permissions: noRead }), 'agent_tool_forbidden');
    for (const tool of ['hold_slot', 'book_appointment', 'cancel_appointment'])
      refused(await run(c, ana, tool, { option: 1 }, { permissions: noWrite }), 'agent_tool_forbidden');
    expect((await appointmentsOf(c)).filter((a) => a.status === 'held')).toHaveLength(0);
  });

  it('the same (inbound message, tool, call index) holds and books once; another message is refused slot_taken', async () => {
    const ana = await customer(c);
    const found: Slots = ok(await run(c, ana, 'find_slots', { limit: 1 }));
    const slot = {
      service_id: setup.serviceIds[0],
      professional_id: setup.professionalId,
      resource_id: setup.roomId,
      starts_at: found.slots[0]?.starts_at,
    };
    const inbound = randomUUID();
    const [first, again] = [
      ok(await run(c, ana, 'hold_slot', slot, { inbound })) as View,
      ok(await run(c, ana, 'hold_slot', slot, { inbound })) as View,
    ];
    expect(again.appointment_id).toBe(first.appointment_id);
    refused(await run(c, ana, 'hold_slot', slot), 'slot_taken');

    const confirm = randomUUID();
    const booked = [
      ok(await run(c, ana, 'book_appointment', {}, { inbound: confirm, callIndex: 1 })) as View,
      ok(await run(c, ana, 'book_appointment', {}, { inbound: confirm, callIndex: 1 })) as View,
    ];
    expect(booked.map((b) => b.status)).toEqual(['booked', 'booked']);
    const at = (await appointmentsOf(c)).filter((a) => a.starts_at === slot.starts_at && a.status !== 'canceled');
    expect(at).toEqual([expect.objectContaining({ id: first.appointment_id, status: 'booked' })]);
  });

  it('a shop-only workspace refuses every clinic tool with module_not_enabled, as the API does', async () => {
    const shop = await clinic(app, ['shop']);
    const ana = await customer(shop);
    for (const tool of ['find_slots', 'hold_slot', 'book_appointment', 'cancel_appointment', 'get_patient_context'])
      refused(await run(shop, ana, tool, tool === 'hold_slot' ? { option: 1 } : {}), 'module_not_enabled');
    expect((await shop.call('GET', '/agenda/appointments')).json()).toMatchObject({ code: 'module_not_enabled' });
  });
});

describe('retail tools through the executor', () => {
  it('adjust_stock is outside the default role; granted stock:write, it moves stock with the reason', async () => {
    const ana = await customer(c);
    const variantId = await stockedProduct(c, 'Jabón', 900, 5);
    refused(
      await run(c, ana, 'adjust_stock', { variant_id: variantId, delta: 3, reason: 'recount' }),
      'agent_tool_forbidden',
    );
    const staff = [...DEFAULT_AGENT_PERMISSIONS, 'stock:write'];
    const level = ok(
      await run(c, ana, 'adjust_stock', { variant_id: variantId, delta: 3, reason: 'recount' }, { permissions: staff }),
    ) as { on_hand: number };
    expect(level.on_hand).toBe(8);
    refused(
      await run(
        c,
        ana,
        'adjust_stock',
        { variant_id: variantId, delta: -50, reason: 'broken' },
        { permissions: staff },
      ),
      'insufficient_stock',
    );
    refused(
      await run(c, ana, 'adjust_stock', { variant_id: variantId, delta: 0, reason: 'x' }, { permissions: staff }),
      'agent_tool_input_invalid',
    );
  });

  it("register_payment pays the customer's pending order (default amount: the balance), once, and only theirs", async () => {
    const ana = await customer(c);
    const variantId = await stockedProduct(c, 'Tereré', 1250, 10);
    const draft = ok(await run(c, ana, 'create_order_draft', { items: [{ variant_id: variantId, quantity: 2 }] })) as {
      order_id: string;
    };
    refused(await run(c, ana, 'register_payment', { method: 'pix' }), 'agent_no_payable_order');
    ok(await run(c, ana, 'confirm_order', { order_id: draft.order_id }));

    const bob = await customer(c, 'Bob');
    refused(await run(c, bob, 'register_payment', { method: 'pix', order_id: draft.order_id }), 'order_not_found');
    refused(
      await run(c, ana, 'register_payment', { method: 'pix' }, { permissions: without('payments:write') }),
      'agent_tool_forbidden',
    );
    refused(await run(c, ana, 'register_payment', { method: 'cash' }), 'agent_tool_input_invalid');

    const paid = ok(await run(c, ana, 'register_payment', { method: 'pix', reference: 'E2E-123' })) as Record<
      string,
      unknown
    >;
    expect(paid).toMatchObject({
      order_id: draft.order_id,
      amount: 2500,
      method: 'pix',
      balance: 0,
      paid_status: 'paid',
    });
    refused(
      await run(c, ana, 'register_payment', { method: 'transfer', order_id: draft.order_id }),
      'agent_order_already_paid',
    );
    const payments = await c.call('GET', `/orders/${draft.order_id}/payments`);
    expect(payments.json().items).toEqual([
      expect.objectContaining({ amount: 2500, method: 'pix', reference: 'E2E-123' }),
    ]);
  });
});
