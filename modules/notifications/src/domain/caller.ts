import { type Actor, ForbiddenError } from '@nexova/kernel';

/** The member a notifications route is about: the signed-in user (an API key has no feed of its own). */
export function callerUserId(actor: Actor): string {
  if (actor.type !== 'user') {
    throw new ForbiddenError('Notifications belong to a member: sign in as one (API keys have none).', {
      code: 'notifications_member_only',
    });
  }
  return actor.id;
}
