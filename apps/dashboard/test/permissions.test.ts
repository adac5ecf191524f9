import { describe, expect, it } from 'vitest';
import { can } from '../src/api/permissions';
import { NAV } from '../src/layout/nav';

// The navigation shows a section only when the member's role grants its read permission, with the
// API's wildcard rules (`*`, `orders:*`).
const visible = (held: string[]) => NAV.filter((item) => can(held, item.permission)).map((item) => item.key);

describe('permission-aware navigation', () => {
  it('shows everything to a role holding `*`', () => {
    expect(visible(['*'])).toEqual(NAV.map((item) => item.key));
  });

  it('shows Home alone to a member without read permissions', () => {
    expect(visible([])).toEqual(['home']);
    expect(visible(['orders:create'])).toEqual(['home']);
  });

  it('follows `resource:*` and exact grants', () => {
    expect(visible(['orders:*', 'conversations:read'])).toEqual(['home', 'orders', 'inbox']);
    expect(visible(['appointments:read', 'people:read'])).toEqual(['home', 'people', 'agenda']);
  });
});
