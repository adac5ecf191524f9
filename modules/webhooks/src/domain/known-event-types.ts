import { ValidationError } from '@nexova/kernel';
import { patternMatches } from './event-pattern';

/**
 * Every pattern must cover at least one event type the platform publishes (a typo such as
 * `orders.order.cancelled` would otherwise subscribe to nothing, silently); 400 naming the entry.
 */
export function assertKnownEventTypes(patterns: readonly string[], known: readonly string[]): void {
  const errors = patterns.flatMap((pattern, i) =>
    known.some((type) => patternMatches(pattern, type))
      ? []
      : [{ pointer: `/event_types/${i}`, in: 'body' as const, message: `${pattern} matches no event type` }],
  );
  if (errors.length > 0)
    throw new ValidationError('Some event types match no event the platform publishes (see docs/EVENTS.md).', errors, {
      code: 'webhook_event_type_unknown',
    });
}
