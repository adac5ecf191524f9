import { type DatabaseHandle, MIGRATIONS_FOLDER, openDatabase } from '@nexova/db';
import { newId } from '@nexova/kernel';
import { type PrivatePostgres, startPrivatePostgres } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AccessCache, listenForAccessChanges } from '../src/index';

// The grants caches' LISTEN connection across a real PostgreSQL restart (private server):
// the replica's listener comes back by itself and hears changes made after the restart.
// Without it every replica would serve removed members for a whole AUTH_MEMBERSHIP_CACHE_TTL_MS.

let server: PrivatePostgres;
const handles: DatabaseHandle[] = [];
const stops: (() => Promise<void>)[] = [];

const open = async () => {
  const handle = await openDatabase({
    url: server.url(),
    appRole: 'nexova_app',
    migrationsFolder: MIGRATIONS_FOLDER,
    migrate: true,
    poolMax: 2,
    connectTimeoutMs: 1000,
    logger: { warn: () => undefined, info: () => undefined },
  });
  handles.push(handle);
  return handle;
};

beforeAll(async () => {
  server = await startPrivatePostgres();
}, 120_000);
afterAll(async () => {
  for (const stop of stops) await stop();
  for (const handle of handles) await handle.close();
  await server?.dispose();
});

/** A replica's cache and the workspaces its listener heard about. */
async function replica() {
  const cache = new AccessCache(60_000);
  const heard: string[] = [];
  const forget = cache.forgetHere.bind(cache);
  cache.forgetHere = (workspaceId) => {
    forget(workspaceId);
    heard.push(workspaceId);
  };
  stops.push(await listenForAccessChanges(await open(), cache));
  return { cache, heard };
}

describe('the access listener across a PostgreSQL restart', () => {
  it('reconnects by itself and hears changes made after the restart', async () => {
    const writer = await replica();
    const reader = await replica();
    const before = newId();
    writer.cache.forgetWorkspace(before);
    await vi.waitFor(() => expect(reader.heard).toContain(before), { timeout: 10_000, interval: 20 });

    await server.restart();

    // A NOTIFY sent while the listener is still reconnecting is lost (the TTL covers it), so the
    // writer keeps announcing fresh workspaces until the reader hears one.
    const after: string[] = [];
    await vi.waitFor(
      () => {
        const id = newId();
        after.push(id);
        writer.cache.forgetWorkspace(id);
        expect(reader.heard.some((w) => after.includes(w))).toBe(true);
      },
      { timeout: 30_000, interval: 250 },
    );
  }, 90_000);
});
