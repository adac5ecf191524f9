import { withTransaction } from '@nexova/db';
import { systemContext } from '@nexova/kernel';
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge } from 'prom-client';
import { sagaVersions } from '../db/saga-store';
import { listenForCommits } from './commit-listener';
import { WaitRoom } from './wait-room';

const openRooms = new Set<WaitRoom>();

/** Checkout long-polls waiting now in this process (tests: it returns to 0 once clients leave). */
export const activeCheckoutWaits = () => [...openRooms].reduce((sum, room) => sum + room.active, 0);

/**
 * The long-polls of one app: their WaitRoom (bounded by CHECKOUT_WAIT_MAX_WAITERS, re-reading at
 * least every CHECKOUT_WAIT_RECHECK_MS), woken by every commit of checkout or payment events once
 * the first waiter arrives (one LISTEN per app, started lazily so a process nobody long-polls holds
 * none), their metrics, and their end: closing the server answers every open wait at once.
 */
export function checkoutWaits(app: FastifyInstance) {
  let stopListening: Promise<() => Promise<void>> | null = null;
  // A checkout changes only with a saga move (checkout.saga.*) or its payment intent (payments.*):
  // commits of other events (orders, inventory, notifications…) leave the waiters asleep.
  const wakeFor = (type?: string) => {
    if (type === undefined || type.startsWith('checkout.') || type.startsWith('payments.')) room.wakeAll();
  };
  const registers = [app.metrics];
  const reads = (app.metrics.getSingleMetric('nexova_checkout_wait_reads_total') ??
    new Counter({
      name: 'nexova_checkout_wait_reads_total',
      help: 'Checkout reads made by long-polls (GET /orders/{order_id}/checkout?wait=): the first and one per move of the saga.',
      registers,
    })) as Counter;
  const probes = (app.metrics.getSingleMetric('nexova_checkout_wait_probes_total') ??
    new Counter({
      name: 'nexova_checkout_wait_probes_total',
      help: 'Saga version reads made for long-polls: one per workspace with waiters after a checkout or payment commit.',
      registers,
    })) as Counter;
  // A commit wakes only the waiters whose saga moved: one version read per workspace with waiters.
  const probe = (workspaceId: string, orderIds: string[]) => {
    probes.inc();
    return withTransaction({ ...systemContext(workspaceId), db: app.database.db }, (t) => sagaVersions(t, orderIds));
  };
  const room = new WaitRoom(
    {
      maxWaiters: app.config.CHECKOUT_WAIT_MAX_WAITERS,
      recheckMs: app.config.CHECKOUT_WAIT_RECHECK_MS,
      probe,
    },
    () => {
      stopListening ??= listenForCommits(app.database, wakeFor, app.log).catch((error) => {
        app.log.warn({ err: error }, 'checkout waits could not listen for commits; re-reading on a timer');
        stopListening = null;
        return async () => undefined;
      });
    },
    (error) => app.log.warn({ err: error }, 'checkout waits could not read saga versions; every waiter re-reads'),
  );
  openRooms.add(room);
  if (!app.metrics.getSingleMetric('nexova_checkout_waiters'))
    new Gauge({
      name: 'nexova_checkout_waiters',
      help: 'Checkout long-polls sleeping now in this process (bounded by CHECKOUT_WAIT_MAX_WAITERS).',
      registers,
      collect() {
        this.set(activeCheckoutWaits());
      },
    });
  // Before the server stops taking requests and waits for the open ones: no wait holds the close up.
  app.addHook('preClose', async () => room.close());
  app.addHook('onClose', async () => {
    openRooms.delete(room);
    if (stopListening) await (await stopListening)();
  });
  return { room, onRead: () => reads.inc() };
}
