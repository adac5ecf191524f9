import { createTestApp, type TestApp } from '@nexova/app';
import type { Message } from '@nexova/conversations';
import { systemContext } from '@nexova/kernel';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerMessage, OfflineBrain } from '../src/index';
import { agenda, appointmentsOf, type Clinic, clinic, conversationOf, local, repliesOf, say } from './clinic-helpers';
import { messagesOf, rowsIn, stockedProduct } from './helpers';

// The offline agent books in a clinic workspace, end to end through the simulator route: a customer
// message in → the agent's tools (agenda's use-cases) → replies out → the appointment seen by
// GET /agenda/appointments. Cancel, a redelivered confirmation, and a shop-only workspace.

let app: TestApp;
let c: Clinic;
let services: string[];

beforeAll(async () => {
  app = await createTestApp();
  c = await clinic(app);
  services = (await agenda(c, ['Consulta general', 'Limpieza dental'])).serviceIds;
}, 120_000);
afterAll(() => app?.dispose());

const offered = (reply: string) => [...reply.matchAll(/^(\d+)\. (.+)$/gm)].map((m) => m[2] ?? '');
const sessionOf = async (conversationId: string) =>
  (await c.call('GET', `/conversations/${conversationId}/agent-session`)).json() as { state: string };

describe('the offline agent books an appointment', () => {
  it('es: services → slots → "2" holds → "sí" books; the confirmation names the local date and time', async () => {
    const phone = '+5511912340101';
    await say(app, c, phone, 'Hola, quiero un turno');
    const conv = await conversationOf(c, phone);
    let replies = await repliesOf(c, conv.id);
    expect(replies[0]).toContain('¿Para qué servicio?');
    expect(offered(replies[0] ?? '')).toEqual(['Consulta general', 'Limpieza dental']);
    expect((await sessionOf(conv.id)).state).toBe('collecting_order');

    await say(app, c, phone, '2');
    replies = await repliesOf(c, conv.id);
    expect(replies[1]).toContain('Próximos horarios para Limpieza dental');
    const slots = offered(replies[1] ?? '');
    expect(slots).toHaveLength(5);
    expect((await sessionOf(conv.id)).state).toBe('needs_details');

    await say(app, c, phone, 'opción 2');
    replies = await repliesOf(c, conv.id);
    expect(replies[2]).toMatch(/¿Lo confirmo\?/);
    const [held] = (await appointmentsOf(c)).filter((a) => a.status === 'held');
    expect(held).toMatchObject({ service_id: services[1] });
    expect(slots[1]).toContain(local(held?.starts_at ?? '', 'es'));
    expect((await sessionOf(conv.id)).state).toBe('awaiting_confirmation');

    await say(app, c, phone, 'sí', 'confirm-101');
    replies = await repliesOf(c, conv.id);
    expect(replies[3]).toBe(
      `¡Listo! Tu turno de Limpieza dental quedó para el ${local(held?.starts_at ?? '', 'es')} con ${replies[2]?.match(/ con (.+)\. ¿/)?.[1]}.`,
    );
    const booked = (await appointmentsOf(c)).filter((a) => a.id === held?.id);
    expect(booked).toEqual([expect.objectContaining({ status: 'booked', starts_at: held?.starts_at })]);
    // The patient is a clinical profile of the same person as the chat contact.
    const patient = await c.call('GET', `/patients/${booked[0]?.patient_id}`);
    expect(patient.json()).toMatchObject({ person_id: conv.person_id });
    expect((await sessionOf(conv.id)).state).toBe('done');

    // The confirmation redelivered by the simulator (same client id) and its event handled again:
    // still one booking, one confirmation.
    await say(app, c, phone, 'sí', 'confirm-101');
    const inbound = (await messagesOf(c, conv.id))
      .filter((m) => m.direction === 'inbound')
      .at(-1) as unknown as Message;
    const ctx = { ...systemContext(c.ws.workspaceId, 'test'), db: app.database.db };
    await Promise.all(
      [1, 2].map(() =>
        answerMessage({ ctx, input: { message: inbound, brain: new OfflineBrain(), config: app.config } }),
      ),
    );
    expect(await repliesOf(c, conv.id)).toHaveLength(4);
    expect((await appointmentsOf(c)).filter((a) => a.status === 'booked')).toHaveLength(1);

    const moves = await rowsIn<{ payload: { from: string; to: string } }>(
      app,
      c.ws.workspaceId,
      sql`select payload from events.outbox where type = 'agent.session.transitioned' and aggregate_id = ${conv.id} order by id`,
    );
    expect(moves.map((m) => `${m.payload.from}>${m.payload.to}`)).toEqual([
      'idle>collecting_order',
      'collecting_order>needs_details',
      'needs_details>awaiting_confirmation',
      'awaiting_confirmation>executing',
      'executing>done',
    ]);
  });

  it('es: "cancelar mi turno" names the next one and cancels it after "sí"', async () => {
    const phone = '+5511912340102';
    await say(app, c, phone, 'quiero un turno');
    await say(app, c, phone, 'consulta general');
    await say(app, c, phone, '1');
    await say(app, c, phone, 'si');
    const conv = await conversationOf(c, phone);
    const mine = (await appointmentsOf(c)).filter((a) => a.status === 'booked' && a.service_id === services[0]);
    expect(mine).toHaveLength(1);

    await say(app, c, phone, 'cancelar mi turno');
    let replies = await repliesOf(c, conv.id);
    expect(replies.at(-1)).toContain(
      `¿Cancelo tu turno de Consulta general del ${local(mine[0]?.starts_at ?? '', 'es')}`,
    );
    await say(app, c, phone, 'sí');
    replies = await repliesOf(c, conv.id);
    expect(replies.at(-1)).toBe(
      `Listo, cancelé tu turno de Consulta general del ${local(mine[0]?.starts_at ?? '', 'es')}.`,
    );
    expect((await appointmentsOf(c)).find((a) => a.id === mine[0]?.id)?.status).toBe('canceled');

    await say(app, c, phone, 'cancelar mi turno');
    expect((await repliesOf(c, conv.id)).at(-1)).toBe('No encontré turnos próximos a tu nombre.');
  });

  it('pt-BR and en: a service named in the request goes straight to its slots; "não" releases the held slot', async () => {
    const pt = '+5511912340103';
    // "consulta" names one of the services best: its slots come at once.
    await say(app, c, pt, 'Oi, quero marcar uma consulta');
    const ptConv = await conversationOf(c, pt);
    expect((await repliesOf(c, ptConv.id))[0]).toMatch(/^Próximos horários para Consulta general:\n1\. /);
    await say(app, c, pt, '1');
    expect((await repliesOf(c, ptConv.id)).at(-1)).toMatch(
      /^Reservo Consulta general em .+ Posso confirmar\? \(sim\/não\)$/,
    );
    const before = (await appointmentsOf(c)).filter((a) => a.status === 'held');
    expect(before).toHaveLength(1);
    await say(app, c, pt, 'não');
    expect((await repliesOf(c, ptConv.id)).at(-1)).toContain('liberei esse horário');
    expect((await appointmentsOf(c)).find((a) => a.id === before[0]?.id)?.status).toBe('released');

    const en = '+14155550104';
    await say(app, c, en, "Hi, I'd like an appointment");
    await say(app, c, en, '2');
    await say(app, c, en, '3');
    await say(app, c, en, 'yes');
    const enConv = await conversationOf(c, en);
    const last = (await repliesOf(c, enConv.id)).at(-1) ?? '';
    expect(last).toMatch(/^Done! Your Limpieza dental appointment is on /);
    const booked = (await appointmentsOf(c)).filter((a) => a.status === 'booked');
    expect(booked.some((a) => last.includes(local(a.starts_at, 'en')))).toBe(true);
  });

  it('a number out of the list is asked again; the retail flow still works in a clinic+shop workspace', async () => {
    const phone = '+5511912340105';
    await say(app, c, phone, 'quiero un turno');
    await say(app, c, phone, '7');
    const conv = await conversationOf(c, phone);
    expect((await repliesOf(c, conv.id)).at(-1)).toBe('No hay opción 7. Responde con uno de los números de la lista.');
    expect((await sessionOf(conv.id)).state).toBe('collecting_order');

    // An order started in the middle leaves the booking: the shop's flow is untouched.
    await stockedProduct(c, 'Café especial', 1500);
    await say(app, c, phone, '2 x café');
    expect((await repliesOf(c, conv.id)).at(-1)).toContain('2 × Café especial');
    expect((await sessionOf(conv.id)).state).toBe('needs_details');
  });

  it('a shop-only workspace: "quiero un turno" is answered without booking, find_slots refused module_not_enabled', async () => {
    const shopOnly = await clinic(app, ['shop']);
    const phone = '+5511912340106';
    await say(app, shopOnly, phone, 'quiero un turno');
    const conv = await conversationOf(shopOnly, phone);
    expect(await repliesOf(shopOnly, conv.id)).toEqual([
      'Aquí no se reservan turnos por chat. Escribe "humano" para hablar con una persona.',
    ]);
    const log = await rowsIn<{ tool: string; error: { code: string } | null }>(
      app,
      shopOnly.ws.workspaceId,
      sql`select e.tool, e.error from agent.tool_executions e join agent.sessions x on x.id = e.session_id
          where x.conversation_id = ${conv.id}`,
    );
    expect(log).toEqual([{ tool: 'find_slots', error: expect.objectContaining({ code: 'module_not_enabled' }) }]);
    expect((await shopOnly.call('GET', '/agenda/appointments')).statusCode).toBe(403);
  });
});
