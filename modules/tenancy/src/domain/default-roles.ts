// The roles every new workspace starts with. Owner and Admin are system roles (not editable);
// Staff and Viewer are ordinary roles the workspace may edit or delete.
export type RoleSeed = {
  name: string;
  description: string;
  permissions: string[];
  systemKey: 'owner' | 'admin' | null;
};

export const DEFAULT_ROLES: RoleSeed[] = [
  {
    name: 'Owner',
    description: 'Everything, including deleting the workspace.',
    permissions: ['*'],
    systemKey: 'owner',
  },
  {
    name: 'Admin',
    description: 'Everything except deleting the workspace and granting ownership.',
    permissions: ['*'],
    systemKey: 'admin',
  },
  {
    name: 'Staff',
    description: 'Day-to-day work: people, customers, orders, patients, the agenda and invoices.',
    permissions: [
      'workspace:read',
      'members:read',
      'roles:read',
      'customers:*',
      'people:*',
      'orders:*',
      'products:read',
      'stock:read',
      'stock:reserve',
      'payments:*',
      'patients:*',
      'appointments:*',
      // Voiding invoices and reversing their payments (invoices:void) stays with Owner and Admin.
      'invoices:read',
      'invoices:write',
      'clinical_catalogs:read',
      'conversations:*',
      'notifications:read',
    ],
    systemKey: null,
  },
  { name: 'Viewer', description: 'Read-only access to everything.', permissions: ['*:read'], systemKey: null },
];

/** A Postgres unique violation, whichever driver raised it (drizzle wraps the cause). */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}
