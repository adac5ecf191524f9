/**
 * The dashboard's own top-level paths (besides `/`). `nexova start` answers each of them, and any path
 * below them, with index.html so a reload or a shared link opens the screen (apps/nexova/src/dashboard.ts).
 * Plain data, no imports: the server bundle includes this file.
 */
export const SECTION_PATHS = {
  signIn: '/sign-in',
  register: '/register',
  forgotPassword: '/forgot-password',
  // The mails' links (identity's reset mail, tenancy's invitation mail) land on these two.
  resetPassword: '/reset-password',
  acceptInvitation: '/accept-invitation',
  newWorkspace: '/new-workspace',
  orders: '/orders',
  catalog: '/catalog',
  people: '/people',
  agenda: '/agenda',
  inbox: '/inbox',
  settings: '/settings',
  /** Changes made offline: waiting, in conflict, refused. */
  sync: '/sync',
} as const;
