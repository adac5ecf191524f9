import { type FieldError, ForbiddenError, UnprocessableError } from '@nexova/kernel';
import { declaredPermissions, grantsNotHeld, isKnownGrant } from './has-permission';

type Caller = { actor: { type: string }; permissions?: readonly string[] };

/**
 * What the caller holds in its workspace: the role's or API key's grants set by HTTP auth. Code
 * that runs as the system itself (seeds, workers) holds everything; any other caller without
 * grants holds nothing.
 */
export function callerGrants(ctx: Caller): readonly string[] {
  return ctx.permissions ?? (ctx.actor.type === 'system' ? ['*'] : []);
}

/**
 * Refuses (422) grants that name no declared permission, resource or action, naming each entry
 * and listing the valid permissions. `kept` are grants already in place (left as they are).
 */
export function assertKnownGrants(grants: readonly string[], pointer: string, kept: readonly string[] = []): void {
  const errors: FieldError[] = [];
  grants.forEach((grant, i) => {
    if (!kept.includes(grant) && !isKnownGrant(grant)) {
      errors.push({ pointer: `${pointer}/${i}`, in: 'body', message: `"${grant}" is not a known permission` });
    }
  });
  if (errors.length === 0) return;
  const valid = declaredPermissions().map((p) => p.name);
  const unknown = errors.map((e) => e.message.split('"')[1]).join(', ');
  throw new UnprocessableError(
    `Unknown permission(s): ${unknown}. Use one of valid_permissions (GET /api/v1/permissions), or * / resource:* / *:action over them.`,
    { code: 'unknown_permission', errors, extensions: { valid_permissions: valid } },
  );
}

/**
 * Refuses (403) to grant what the granter does not hold itself — a permission in a role, a role to
 * a member, a scope to an API key. `pointer` names the field ("/permissions" adds the index).
 */
export function assertCanGrant(
  granter: readonly string[],
  wanted: readonly string[],
  pointer: string,
  options: { indexed?: boolean } = {},
): void {
  const missing = grantsNotHeld(granter, wanted);
  if (missing.length === 0) return;
  const errors: FieldError[] = options.indexed
    ? wanted.flatMap((grant, i) =>
        missing.includes(grant)
          ? [{ pointer: `${pointer}/${i}`, in: 'body' as const, message: 'is not granted to you' }]
          : [],
      )
    : [{ pointer, in: 'body', message: `grants ${missing.join(', ')}, which you do not hold` }];
  throw new ForbiddenError(`You cannot grant permissions you do not hold yourself: ${missing.join(', ')}.`, {
    code: 'permission_not_held',
    errors,
    extensions: { not_held: missing },
  });
}
