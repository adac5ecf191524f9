import { z } from 'zod';

// An instant in a request: ISO 8601 with an offset, kept between the years 2000 and 9000 so every
// computed end (plus a duration, a TTL) stays a timestamp both JavaScript and PostgreSQL print alike.
const MIN = Date.parse('2000-01-01T00:00:00Z');
const MAX = Date.parse('9000-01-01T00:00:00Z');

export const instant = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s))
  .refine(
    (d) => d instanceof Date && d.getTime() >= MIN && d.getTime() < MAX,
    'must be between the years 2000 and 9000',
  );
