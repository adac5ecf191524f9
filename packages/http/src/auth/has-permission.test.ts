import { describe, expect, it } from 'vitest';
import { declaredPermissions, definePermissions, grantCovers, hasPermission, isGrant } from './has-permission';

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
