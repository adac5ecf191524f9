import { newId } from './ids';

/** Who is acting: a signed-in user, an API key, the system itself (workers, timers) or the AI agent. */
export type Actor =
  | { type: 'user'; id: string }
  | { type: 'api_key'; id: string }
  | { type: 'system'; id: string }
  | { type: 'agent'; id: string }
  | { type: 'anonymous'; id: null };

/**
 * The first argument of every use-case (house rule 4). Business data never travels in globals;
 * what a use-case needs about the caller is here. Platform packages extend it (the database layer
 * adds its handle and the open transaction).
 */
export type ServiceContext = {
  workspaceId: string | null;
  actor: Actor;
  requestId: string;
  /** Client address and agent, when the call came from HTTP (kept for audit events). */
  ip?: string | null;
  userAgent?: string | null;
  locale?: string;
  /** The first request or event of the chain this work belongs to (defaults to requestId). */
  correlationId?: string;
  /** The event that caused this work, when it runs inside a consumer. */
  causationId?: string;
  /** What the caller may do in `workspaceId` (role or API-key grants, wildcards allowed); set by HTTP auth. */
  permissions?: readonly string[];
};

export const systemActor = (id = 'nexova'): Actor => ({ type: 'system', id });
export const anonymousActor: Actor = { type: 'anonymous', id: null };

export function systemContext(workspaceId: string | null = null, id = 'nexova'): ServiceContext {
  return { workspaceId, actor: systemActor(id), requestId: newId() };
}
