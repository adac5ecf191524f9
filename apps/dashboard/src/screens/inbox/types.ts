import type { ItemOf, operations } from '@nexova/client';

export type Conversation = ItemOf<operations['listConversations']>;
export type Message = ItemOf<operations['listConversationMessages']>;

/** The inbox's filters, kept in the URL (`?filter=waiting`). */
export const FILTERS = ['open', 'waiting', 'mine', 'all'] as const;
export type Filter = (typeof FILTERS)[number];

export const filterOf = (value: unknown): Filter => (FILTERS.includes(value as Filter) ? (value as Filter) : 'open');

/** The list query for a filter: open, waiting for a person (a handoff pending), assigned to me, or all. */
export function queryOf(filter: Filter, me: string): Record<string, string> {
  if (filter === 'open') return { status: 'open' };
  if (filter === 'waiting') return { handoff: 'true' };
  if (filter === 'mine') return { assignee_id: me };
  return {};
}
