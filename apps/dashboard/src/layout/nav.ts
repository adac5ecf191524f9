import type { Messages } from '../i18n/en';
import { SECTION_PATHS as P } from '../sections';

export type NavItem = { key: keyof Messages['nav'] & string; path: string; permission?: string };

/** The sections, each shown only to members whose role grants its read permission. */
export const NAV: readonly NavItem[] = [
  { key: 'home', path: '/' },
  { key: 'orders', path: P.orders, permission: 'orders:read' },
  { key: 'catalog', path: P.catalog, permission: 'products:read' },
  { key: 'people', path: P.people, permission: 'people:read' },
  { key: 'agenda', path: P.agenda, permission: 'appointments:read' },
  { key: 'inbox', path: P.inbox, permission: 'conversations:read' },
  { key: 'settings', path: P.settings, permission: 'members:read' },
];
