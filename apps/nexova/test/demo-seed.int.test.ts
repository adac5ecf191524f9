import { listAppointments, listProfessionals, listServices } from '@nexova/agenda';
import { runDueTurns } from '@nexova/agent';
import { findPersonPatient, listPatients } from '@nexova/clinic';
import { listChannels, listConversations, listMessages, sendSimulatedMessage } from '@nexova/conversations';
import { createEmbeddedTransport } from '@nexova/events';
import { systemContext } from '@nexova/kernel';
import { seedDemo } from '@nexova/tenancy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeeders } from '../src/seed';
import { createTestApp, type TestApp } from '../src/testing';

// The demo seed `npm start` runs on a fresh folder: the demo workspace is a shop and a clinic, with
// patients (one of them a shop customer too), professionals, rooms, services made from catalog
// procedures and the next week of appointments. Running it again adds nothing.

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
}, 120_000);
afterAll(() => app?.dispose());

describe('the demo seed', () => {
  it('fills a clinic: patients, professionals, services from the catalog, a week of appointments; once', async () => {
    const ctx = { ...systemContext(), db: app.database.db };
    const first = await runSeeders(ctx, app.composition);
    expect(first.join('\n')).toMatch(/clinic: 5 demo patients/);
    expect(first.join('\n')).toMatch(/agenda: 2 professionals, 2 rooms, 3 services, \d+ appointments/);
    const again = await runSeeders(ctx, app.composition);
    expect(first.join('\n')).toMatch(/conversations: simulator channel/);
    expect(again.join('\n')).not.toMatch(/clinic:|agenda:|conversations:/);
    // The shipped procedures are priced in USD: the demo prices them in its own currency, once, so its
    // invoices can bill a demo appointment.
    expect(first.join('\n')).toMatch(/clinical catalogs: \d+ procedures priced in BRL for the demo/);
    expect(again.join('\n')).not.toMatch(/procedures priced/);

    const demo = (await seedDemo(ctx)).context;
    if (!demo) throw new Error('no demo workspace');
    const patients = (await listPatients({ ctx: demo, input: { limit: 50, searchMaxPeople: 50 } })).items;
    expect(patients).toHaveLength(5);
    expect(patients.map((p) => p.person?.name)).toContain('Ana Souza'); // the shop customer, now a patient too
    expect((await listProfessionals({ ctx: demo, input: {} })).items).toHaveLength(2);
    const services = (await listServices({ ctx: demo, input: {} })).items;
    expect(services.map((s) => s.catalog_entry_id)).not.toContain(null);
    const week = (
      await listAppointments({
        ctx: demo,
        input: { from: new Date(), to: new Date(Date.now() + 8 * 86_400_000), limit: 100 },
      })
    ).items;
    expect(week.length).toBeGreaterThanOrEqual(15);
    const statuses = new Set(week.map((a) => a.status));
    for (const status of ['booked', 'confirmed', 'canceled']) expect(statuses).toContain(status);
    expect(week.every((a) => a.patient_id !== null)).toBe(true);
    // One simulator channel, so /simulator and `nexova chat` work out of the box.
    const channels = (await listChannels({ ctx: demo, input: { limit: 50 }, sealKey: null })).items;
    expect(channels.filter((c) => c.kind === 'simulator')).toHaveLength(1);
  });

  it('lets a newcomer book in the simulator out of the box (the offline agent, pt-BR)', async () => {
    const ctx = { ...systemContext(), db: app.database.db };
    await runSeeders(ctx, app.composition);
    const demo = (await seedDemo(ctx)).context;
    if (!demo) throw new Error('no demo workspace');
    const channel = (await listChannels({ ctx: demo, input: { limit: 50 }, sealKey: null })).items.find(
      (c) => c.kind === 'simulator',
    );
    const transport = createEmbeddedTransport({
      database: app.database,
      consumers: app.composition.consumers.filter((c) => /^(conversations|agent)\./.test(c.name)),
    });
    const phone = '+5511955550123';
    const say = async (text: string) => {
      await sendSimulatedMessage({
        ctx: demo,
        input: { channelId: channel?.id ?? '', phone, text },
        maxChars: app.config.CONVERSATIONS_MESSAGE_MAX_CHARS,
      });
      // The inbound consumer queues the turn, the turns worker answers it: run both until still.
      const runtime = app.composition.runtimes.agent;
      const turns = () =>
        runDueTurns({
          ctx: { ...systemContext(null, 'test'), db: app.database.db },
          input: { brain: runtime.brain, config: runtime.config, observe: runtime.observe },
        });
      while ((await transport.drain()) + (await turns()) > 0);
    };
    await say('Oi, quero marcar uma consulta');
    await say('1');
    await say('1');
    await say('sim');
    const [conversation] = (await listConversations({ ctx: demo, input: { limit: 50 } })).items.filter(
      (c) => c.contact_address === phone,
    );
    const replies = (
      await listMessages({ ctx: demo, input: { conversationId: conversation?.id ?? '', limit: 20 } })
    ).items
      .filter((m) => m.direction === 'outbound')
      .map((m) => m.text);
    expect(replies[0]).toMatch(/^Pronto! Sua consulta de .+ ficou para .+ com (Dra?\.) /);
    // The booking is the new contact's, as a clinical profile of the same person.
    const patient = await findPersonPatient({ ctx: demo, input: { personId: conversation?.person_id ?? '' } });
    const booked = await listAppointments({ ctx: demo, input: { patientId: patient?.patientId, status: 'booked' } });
    expect(booked.items).toHaveLength(1);
  });
});
