import { newId } from '@nexova/kernel';
import { services } from '@nexova/testing';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createEmbeddedTransport } from './embedded';
import { appliedBy, probeConsumer, publishProbe, useProbeDatabase } from './testing/contract';

// Transaction ids are cluster-wide: a transaction open in ANOTHER database of the same server holds
// the visibility horizon below an event this database has already committed. drain() ("run until no
// work is left") returned 0 at that moment under load, with the event never handled.

const probe = useProbeDatabase();

describe('embedded transport drain() on a shared server', () => {
  it('handles an event committed before the call while another database has an older open transaction', async () => {
    const run = newId().slice(-12);
    const consumer = probeConsumer(`drain-${run}`, run);
    const transport = createEmbeddedTransport({ database: probe.current, consumers: [consumer], pollIntervalMs: 20 });
    const other = new pg.Client({ connectionString: services.postgresUrl }); // the server's admin probe.current
    await other.connect();
    try {
      await other.query('begin');
      await other.query('select pg_current_xact_id()'); // an id older than the event's
      await publishProbe(probe.current, [{ aggregate: `${run}-a`, seq: 1, run }]);
      const drained = transport.drain().then(async () => (await appliedBy(probe.current, consumer.name)).length);
      // The other transaction stays open while drain runs rounds; drain must not report "done" meanwhile.
      await new Promise((r) => setTimeout(r, 1000));
      await other.query('commit');
      expect(await drained).toBe(1);
    } finally {
      await other.end();
    }
  });
});
