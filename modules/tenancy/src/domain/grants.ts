import { isGrant } from '@nexova/http';
import { ValidationError } from '@nexova/kernel';

/** Refuses malformed grants, naming the offending entry; returns them de-duplicated. */
export function validGrants(permissions: string[], pointer = '/permissions'): string[] {
  permissions.forEach((p, i) => {
    if (!isGrant(p)) {
      throw new ValidationError('A permission is not valid.', [
        { pointer: `${pointer}/${i}`, in: 'body', message: 'must be resource:action, *, resource:* or *:action' },
      ]);
    }
  });
  return [...new Set(permissions)];
}
