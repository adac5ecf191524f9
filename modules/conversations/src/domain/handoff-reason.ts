import { UnprocessableError } from '@nexova/kernel';

/** CONVERSATIONS_HANDOFF_REASON_MAX_CHARS's default, for callers that do not pass the configured one. */
export const HANDOFF_REASON_MAX_CHARS = 1000;

/** A handoff move's reason, trimmed (blank is none); longer than `max` answers 422 naming reason. */
export function handoffReason(reason: string | null | undefined, max = HANDOFF_REASON_MAX_CHARS): string | null {
  const text = reason?.trim() || null;
  if (text && text.length > max)
    throw new UnprocessableError(`reason must have at most ${max} characters.`, {
      code: 'handoff_reason_invalid',
      errors: [{ pointer: '/reason', in: 'body', message: `must have at most ${max} characters` }],
    });
  return text;
}
