import { can } from '../../api/permissions';
import type { Session } from '../../api/session';

export type SettingsTab = { key: string; path: string; permission?: string; platformAdmin?: boolean };

/** The settings pages, each shown when the member's role reaches it (System: platform admins only). */
export const TABS: readonly SettingsTab[] = [
  { key: 'workspace', path: '/settings' },
  { key: 'members', path: '/settings/members', permission: 'members:read' },
  { key: 'roles', path: '/settings/roles', permission: 'roles:read' },
  { key: 'apiKeys', path: '/settings/api-keys', permission: 'api_keys:read' },
  { key: 'channels', path: '/settings/channels', permission: 'channels:manage' },
  { key: 'webhooks', path: '/settings/webhooks', permission: 'webhooks:read' },
  { key: 'system', path: '/settings/system', platformAdmin: true },
];

export const tabsFor = (session: Session | null) =>
  TABS.filter((tab) =>
    tab.platformAdmin ? session?.me.is_platform_admin === true : can(session?.permissions ?? [], tab.permission),
  );
