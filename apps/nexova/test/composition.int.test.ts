import { parseConfig } from '@nexova/config';
import { registeredEvents } from '@nexova/events';
import { createLogger } from '@nexova/observability';
import { createTestDatabase } from '@nexova/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { composeNexova } from '../src/modules';

// The app is what its module list says: the same consumer names (they key checkpoints), routes in
// the same order, and an event catalogue built from the module objects alone.

describe('the composition of the app', async () => {
  const database = await createTestDatabase();
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const composition = composeNexova({ config, logger: createLogger('silent'), database });
  afterAll(() => database.dispose());

  it('runs the same consumers under the same names', () => {
    expect(composition.consumers.map((c) => c.name)).toEqual([
      'agenda.hold-expiry',
      'agenda.patient-merged',
      'agenda.reminder-due',
      'agenda.reminder-scheduler',
      'agent.inbound',
      'checkout.saga',
      'clinic.customer-merged',
      'conversations.customer-merged',
      'conversations.inbound',
      'conversations.outbound',
      'conversations.person-erased',
      'insights.figures',
      'inventory.reservation-expiry',
      'notifications.customers',
      'notifications.staff',
      'orders.customer-merged',
      'orders.person-erased',
      'patient-records.appointments',
      'patient-records.billing',
      'patient-records.patient-merged',
      'patient-records.timeline',
      'webhooks.fan-out',
    ]);
  });

  it('lists the read models `nexova read-models rebuild` knows', () => {
    expect(composition.readModels.map((m) => m.name)).toEqual(['patient-summary', 'patient-timeline', 'shop-figures']);
  });

  it('mounts every module route plugin in the established order', () => {
    expect(composition.routes.map((r) => r.name)).toEqual([
      'jwks',
      'identity',
      'reset-password-page',
      'tenancy',
      'accept-invitation-page',
      'catalog',
      'inventory',
      'customers',
      'orders',
      'checkout',
      'payments',
      'files',
      'patients',
      'webhooks',
      'clinical-catalogs',
      'clinical-catalogs-system',
      'agenda',
      'appointment-reminder-page',
      'invoices',
      'patient-records',
      'patient-timeline',
      'channels',
      'channel-webhooks',
      'conversations',
      'conversation-files',
      'conversation-handoffs',
      'simulator',
      'simulator-page',
      'notifications',
      'agent',
      'agent-mcp',
      'insights',
      'data-rights',
      'person-exports',
      'audit',
      'audit-exports',
      'retention',
    ]);
  });

  it('lists every event contract the modules declare, and the webhook fan-out subscribes to all of them', () => {
    // Test files sharing this process register their own contracts too: by convention `probe.*`.
    expect(composition.events).toEqual(registeredEvents().filter((e) => !e.type.startsWith('probe.')));
    const fanOut = composition.consumers.find((c) => c.name === 'webhooks.fan-out');
    expect(fanOut?.events).toEqual(composition.events);
  });

  it('seeds the demo data in module order', () => {
    expect(composition.seeds.map((s) => s.name)).toEqual([
      'catalog',
      'customers',
      'orders',
      'clinic',
      'clinical-catalogs',
      'agenda',
      'conversations',
    ]);
  });
});
