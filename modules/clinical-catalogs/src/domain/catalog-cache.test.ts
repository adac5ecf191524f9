import { describe, expect, it } from 'vitest';
import { ALL_WORKSPACES, CatalogCache } from './catalog-cache';
import type { EntryRow } from './effective-entry';

const W = '0190f1c2-7d3a-7b41-9e4c-000000000001';
const workspace = (n: number) => async () => ({ overrides: new Map(), own: [], locale: `l${n}` });

describe('catalog cache', () => {
  it('serves a workspace from memory until it is forgotten; `*` forgets globals and every workspace', async () => {
    const cache = new CatalogCache(60_000, 10);
    let globalLoads = 0;
    const globals = async () => {
      globalLoads++;
      return [] as EntryRow[];
    };
    expect((await cache.get(W, globals, workspace(1))).locale).toBe('l1');
    expect((await cache.get(W, globals, workspace(2))).locale).toBe('l1');
    cache.forget(W);
    expect((await cache.get(W, globals, workspace(3))).locale).toBe('l3');
    expect(globalLoads).toBe(1);
    cache.forget(ALL_WORKSPACES);
    expect((await cache.get(W, globals, workspace(4))).locale).toBe('l4');
    expect(globalLoads).toBe(2);
  });

  it('does not keep a load that raced a change', async () => {
    const cache = new CatalogCache(60_000, 10);
    const racing = async () => {
      cache.forgetHere(W); // the change commits while this load reads the old rows
      return { overrides: new Map(), own: [], locale: 'old' };
    };
    expect((await cache.get(W, async () => [], racing)).locale).toBe('old');
    expect((await cache.get(W, async () => [], workspace(5))).locale).toBe('l5');
  });

  it('TTL 0 turns it off', async () => {
    const cache = new CatalogCache(0, 10);
    await cache.get(W, async () => [], workspace(1));
    expect((await cache.get(W, async () => [], workspace(2))).locale).toBe('l2');
  });
});
