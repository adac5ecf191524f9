import { pathTo, type SessionState } from '../domain/session-machine';

// Where a model's turn leaves the session: read off the tools that succeeded, in order, each one
// naming the state it implies; the guarded machine supplies the steps between (session-machine's
// pathTo). A model chooses tools freely, so the path is derived, never asked of it.

export type SucceededCall = { tool: string; output: unknown };

/** The state each order tool implies once it succeeded; tools not listed leave the session where it is. */
const TARGET: Record<string, SessionState> = {
  create_order_draft: 'needs_details',
  add_item_to_draft: 'needs_details',
  set_delivery_details: 'needs_details',
  request_confirmation: 'awaiting_confirmation',
  confirm_order: 'done',
  request_human_handoff: 'handoff',
};

const orderIdOf = (output: unknown): string | null => {
  const id = (output as { order_id?: unknown } | null)?.order_id;
  return typeof id === 'string' ? id : null;
};

export function derivePath(
  state: SessionState,
  draftOrderId: string | null,
  calls: SucceededCall[],
): { path: SessionState[]; draftOrderId: string | null } {
  const path: SessionState[] = [];
  let at = state;
  let draft = draftOrderId;
  for (const call of calls) {
    if (at === 'handoff') break;
    const target = TARGET[call.tool];
    if (!target) continue;
    if (call.tool === 'confirm_order') draft = null;
    else if (call.tool !== 'request_human_handoff') draft = orderIdOf(call.output) ?? draft;
    // A new order after a finished one starts collecting again (done → collecting_order → …).
    const steps = pathTo(at, target);
    if (!steps) continue;
    path.push(...steps);
    at = target;
  }
  return { path, draftOrderId: draft };
}
