// The tags of the document in reading order: signing in first, system last. A tag a module uses
// that is not listed here goes just before `system`, with a generic description (add it here).

const ORDER: [string, string][] = [
  ['auth', 'Sign up, sign in, tokens, password reset and the current user'],
  ['workspaces', 'Workspaces: one per business, chosen with the x-workspace-id header'],
  ['members', 'Members of a workspace and invitations'],
  ['roles', 'Roles and the permissions they grant'],
  ['api keys', 'Workspace API keys for integrations (sent as Authorization: Bearer nxk_…)'],
  ['products', 'Products, their variants and the CSV/XLSX product import'],
  ['categories', 'Product categories'],
  ['inventory', 'Stock levels, adjustments, movements and reservations'],
  ['customers', 'Customers, notes and merges'],
  ['orders', 'Orders and their lifecycle'],
  ['checkout', 'The checkout of an order: stock, payment and confirmation'],
  ['payments', 'Payments, refunds and receipts'],
  [
    'clinical catalogs',
    'Clinical catalogs (specialties, procedures, diseases, allergies, medications, treatment templates): global entries with per-workspace overrides and own entries',
  ],
  ['channels', 'WhatsApp channels (Meta Cloud API, Infobip, the simulator) and their credentials'],
  [
    'conversations',
    'Conversations with contacts over WhatsApp: messages in and out, status, assignment, unread counts',
  ],
  ['files', 'Signed downloads of stored files'],
  ['webhooks', "Outgoing webhooks: endpoints, their signed deliveries and redelivery (and Stripe's incoming calls)"],
  ['events', 'Realtime events over WebSocket'],
  ['system', 'Health, metrics, the API contract and event operations (platform administrators)'],
];

/** The document's `tags`: every used tag, in ORDER, each with a description. */
export function orderedTags(used: Iterable<string>): { name: string; description: string }[] {
  const known = new Map(ORDER);
  const rank = (tag: string) => {
    const index = ORDER.findIndex(([name]) => name === tag);
    if (index >= 0) return index;
    return ORDER.length - 1.5; // unknown: before system
  };
  return [...new Set(used)]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((name) => ({ name, description: known.get(name) ?? `Operations on ${name}.` }));
}
