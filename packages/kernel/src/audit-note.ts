// What the audit trail records about one state change (issue 14). The HTTP layer (or a consumer,
// the agent, a system loop) opens a note on the ServiceContext; use-cases may enrich it (target,
// before/after) with noteAudit(); each outermost transaction that writes persists it before COMMIT,
// so the entry commits with the change or not at all (house rule 5). The note is shared by
// reference between the copies of a context, so enriching a copy enriches the request's note.

export const AUDIT_CATEGORIES = ['auth', 'access', 'data', 'settings', 'privacy', 'system'] as const;
export type AuditCategory = (typeof AUDIT_CATEGORIES)[number];
export const AUDIT_SEVERITIES = ['info', 'notice', 'warning', 'critical'] as const;
export type AuditSeverity = (typeof AUDIT_SEVERITIES)[number];

/** One changed field: its value before and after (personal values are masked when written). */
export type AuditChange = { before?: unknown; after?: unknown };

export type AuditNote = {
  /** Stable name: the route's operationId, or an event such as `auth.login_failed`. */
  action: string;
  category: AuditCategory;
  severity: AuditSeverity;
  target?: { type: string; id: string | null };
  changes?: Record<string, AuditChange>;
  /** skipped when the request changed nothing by definition (an idempotent replay). */
  state: 'open' | 'skipped';
};

/** Enriches the context's open note (no-op without one): target, severity, changed fields. */
export function noteAudit(
  ctx: { audit?: { note: AuditNote } },
  patch: Partial<Pick<AuditNote, 'action' | 'category' | 'severity' | 'target' | 'changes'>>,
): void {
  const note = ctx.audit?.note;
  if (note?.state !== 'open') return;
  const { changes, ...rest } = patch;
  Object.assign(note, rest);
  if (changes) note.changes = { ...note.changes, ...changes };
}

/** The fields of `after` whose values differ from `before` (shallow), as before/after pairs. */
export function diffFields(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  fields: readonly string[],
): Record<string, AuditChange> {
  const changes: Record<string, AuditChange> = {};
  for (const field of fields) {
    const b = before?.[field];
    const a = after?.[field];
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[field] = { before: b ?? null, after: a ?? null };
  }
  return changes;
}
