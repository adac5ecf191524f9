import { createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ALL_WORKSPACES, globalEntryId } from '../src/index';
import { caller, platformAdmin } from './helpers';

// Two API replicas over one PostgreSQL database, each with its own catalog cache (TTL ten minutes:
// only a notification can explain a fresh answer). A change on one replica is NOTIFYed on the
// grants cache's channel; the other forgets the workspace (or, for a global change, every one).
let first: TestApp;
let second: TestApp;
let third: TestApp;
const TINY_TTL_MS = 300;
beforeAll(async () => {
  first = await createTestApp({ CLINICAL_CATALOG_CACHE_TTL_MS: '600000' });
  second = await createTestApp({ CLINICAL_CATALOG_CACHE_TTL_MS: '600000' }, { sharing: first });
  third = await createTestApp({ CLINICAL_CATALOG_CACHE_TTL_MS: String(TINY_TTL_MS) }, { sharing: first });
}, 120_000);
afterAll(async () => {
  await third?.dispose();
  await second?.dispose();
  await first?.dispose();
});

const extraction = globalEntryId('procedure', 'tooth_extraction');
const path = `/clinical-catalogs/entries/${extraction}`;

/** Resolves when `app`'s cache hears that `key` changed on another replica. */
function heard(app: TestApp, key: string): Promise<void> {
  const cache = app.runtimes.clinicalCatalogs;
  const forget = cache.forgetHere.bind(cache);
  return new Promise((resolve) => {
    cache.forgetHere = (k) => {
      forget(k);
      if (k === key) {
        cache.forgetHere = forget;
        resolve();
      }
    };
  });
}

describe('catalog caches on several replicas', () => {
  it('an override made on one replica is served by the other once it hears', async () => {
    const ws = await signUpAndCreateWorkspace(first);
    const [one, two] = [caller(first, ws.headers), caller(second, ws.headers)];
    expect((await two('GET', path)).json().duration_minutes).toBe(45); // cached on the second
    const told = heard(second, ws.workspaceId);
    expect((await one('PUT', `${path}/override`, { duration_minutes: 25 })).statusCode).toBe(200);
    expect((await one('GET', path)).json().duration_minutes).toBe(25); // at once where it changed
    await told;
    expect((await two('GET', path)).json().duration_minutes).toBe(25);
  });

  it('a global change made on one replica reaches every workspace on the other', async () => {
    const ws = await signUpAndCreateWorkspace(first);
    const two = caller(second, ws.headers);
    const before = (await two('GET', path)).json().price as number;
    const told = heard(second, ALL_WORKSPACES);
    const admin = caller(first, await platformAdmin(first));
    const res = await admin('PATCH', `/system${path}`, { price: before + 100, currency: 'USD' });
    expect(res.statusCode, res.body).toBe(200);
    await told;
    expect((await two('GET', path)).json().price).toBe(before + 100);
  });

  it('without the notification, the other replica catches up within its TTL', async () => {
    const ws = await signUpAndCreateWorkspace(first);
    const [one, three] = [caller(first, ws.headers), caller(third, ws.headers)];
    expect((await three('GET', path)).json().alias).toBeNull(); // cached on the third
    const publish = first.runtimes.clinicalCatalogs.publish;
    first.runtimes.clinicalCatalogs.publish = null; // the NOTIFY is lost
    try {
      expect((await one('PUT', `${path}/override`, { alias: 'Exodoncia' })).statusCode).toBe(200);
    } finally {
      first.runtimes.clinicalCatalogs.publish = publish;
    }
    await vi.waitFor(async () => expect((await three('GET', path)).json().alias).toBe('Exodoncia'), {
      timeout: 5000,
      interval: 25,
    });
  });
});
