import { describe, expect, it } from 'vitest';
import {
  declaredPermissions,
  definePermissions,
  grantCovers,
  grantsCovering,
  grantsNotHeld,
  hasPermission,
  intersectGrants,
  isGrant,
  isKnownGrant,
} from './has-permission';

describe('hasPermission', () => {
  const cases: [string[], string, boolean][] = [
    [['*'], 'orders:read', true],
    [['orders:*'], 'orders:read', true],
    [['orders:*'], 'orders:delete', true],
    [['orders:*'], 'customers:read', false],
    [['orders:read'], 'orders:read', true],
    [['orders:read'], 'orders:update', false],
    [['*:read'], 'patients:read', true],
    [['*:read'], 'patients:update', false],
    [['orders'], 'orders:read', false],
    [['orders:read:extra'], 'orders:read', false],
    [[], 'orders:read', false],
    [['customers:read', 'orders:*'], 'orders:create', true],
    [['order:*'], 'orders:read', false],
  ];
  it.each(cases)('%j grants %s → %s', (granted, needed, expected) => {
    expect(hasPermission(granted, needed)).toBe(expected);
    // The SQL form (roles whose grants meet grantsCovering) answers the same.
    expect(granted.some((g) => grantsCovering(needed).includes(g))).toBe(expected);
  });
  it('treats missing grants as none', () => {
    expect(hasPermission(undefined, 'orders:read')).toBe(false);
    expect(grantCovers('*', 'anything:at_all')).toBe(true);
  });
  it('validates grant syntax', () => {
    expect(['*', 'orders:*', '*:read', 'orders:read'].every(isGrant)).toBe(true);
    expect(['orders', 'Orders:read', 'orders:read:x', '**', ''].some(isGrant)).toBe(false);
  });
});

describe('definePermissions', () => {
  it('registers names with descriptions and rejects bad names', () => {
    const p = definePermissions({ 'widgets:read': 'See widgets' });
    expect(p['widgets:read']).toBe('widgets:read');
    expect(declaredPermissions()).toContainEqual({ name: 'widgets:read', description: 'See widgets' });
    expect(() => definePermissions({ 'Widgets:Read': 'x' })).toThrow(/resource:action/);
    expect(() => definePermissions({ 'widgets:read': 'other' })).toThrow(/twice/);
  });
});

describe('grantsNotHeld: nobody grants what they do not hold', () => {
  const cases: [string[], string[], string[]][] = [
    [['*'], ['*', 'orders:*', 'roles:manage'], []],
    [['members:manage'], ['*'], ['*']],
    [['roles:manage', 'roles:read'], ['roles:manage', 'roles:read', '*'], ['*']],
    [['orders:read'], ['orders:*'], ['orders:*']],
    [['orders:*'], ['orders:read', 'orders:*'], []],
    [['*:read'], ['orders:read', '*:read', 'orders:*'], ['orders:*']],
    [['orders:read'], ['*:read'], ['*:read']],
    [[], ['orders:read'], ['orders:read']],
  ];
  it.each(cases)('%j granting %j lacks %j', (granter, wanted, missing) => {
    expect(grantsNotHeld(granter, wanted)).toEqual(missing);
  });
});

describe('intersectGrants: what a key may do under its creator', () => {
  const cases: [string[], string[], string[]][] = [
    [['*'], ['orders:read'], ['orders:read']],
    [['orders:*'], ['*'], ['orders:*']],
    [['orders:*'], ['orders:read', 'customers:read'], ['orders:read']],
    [['*:read'], ['orders:*'], ['orders:read']],
    [['orders:write'], ['orders:read'], []],
    [['orders:*', 'customers:*'], ['*:read'], ['orders:read', 'customers:read']],
  ];
  it.each(cases)('%j ∩ %j = %j', (a, b, both) => {
    expect(intersectGrants(a, b).sort()).toEqual(both.sort());
  });
  it('never allows more than either side', () => {
    const a = ['orders:*', '*:read', 'customers:write'];
    const b = ['orders:read', 'customers:*', 'roles:manage'];
    for (const needed of ['orders:read', 'orders:write', 'customers:write', 'customers:read', 'roles:manage']) {
      const both = hasPermission(intersectGrants(a, b), needed);
      expect(both).toBe(hasPermission(a, needed) && hasPermission(b, needed));
    }
  });
});

describe('isKnownGrant: only what the code declares', () => {
  definePermissions({ 'gadgets:read': 'See gadgets', 'gadgets:fix': 'Fix gadgets' });
  it.each([
    ['*', true],
    ['gadgets:*', true],
    ['*:fix', true],
    ['gadgets:read', true],
    ['gadgets:fly', false],
    ['gadgts:read', false],
    ['*:fly', false],
    ['nothing:*', false],
    ['gadgets', false],
  ])('%s → %s', (grant, known) => {
    expect(isKnownGrant(grant)).toBe(known);
  });
});
