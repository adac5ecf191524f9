import { envInt, envVar } from '../env-var';

// The clinic's agenda (issue 12): slot search bounds, hold TTLs and the reception queue.
export const agendaEnv = {
  ...envVar('AGENDA_SLOT_RANGE_MAX_DAYS', envInt(31, 1, 366), {
    description: 'Widest range GET /agenda/slots searches (from → to); a wider one answers 400 naming `to`.',
    expected: 'days, an integer from 1 to 366',
  }),
  ...envVar('AGENDA_SLOTS_MAX', envInt(500, 1, 10_000), {
    description: 'Most slots one GET /agenda/slots page returns (`limit` above it answers 400); next_cursor continues.',
    expected: 'an integer from 1 to 10000',
  }),
  ...envVar('AGENDA_HOLD_TTL_SECONDS', envInt(600, 10, 86_400), {
    description:
      'How long a held slot stays held when the request names no ttl_seconds; a durable timer frees it then.',
    expected: 'seconds, an integer from 10 to 86400',
  }),
  ...envVar('AGENDA_HOLD_TTL_MAX_SECONDS', envInt(86_400, 10, 604_800), {
    description: 'Longest ttl_seconds a hold may ask for (400 naming `ttl_seconds` above).',
    expected: 'seconds, an integer from 10 to 604800',
  }),
  ...envVar('AGENDA_RULES_MAX', envInt(200, 1, 5000), {
    description: 'Most weekly availability rules one professional or room may have (409 above).',
    expected: 'an integer from 1 to 5000',
  }),
  ...envVar('AGENDA_QUEUE_DEFAULT_MINUTES', envInt(15, 1, 1440), {
    description:
      'Minutes the reception queue counts for a walk-in that names no service (the wait estimate sums durations).',
    expected: 'minutes, an integer from 1 to 1440',
  }),
  ...envVar('AGENDA_QUEUE_MAX', envInt(500, 1, 10_000), {
    description:
      'Most entries one queue (a professional, a room or the front desk) takes per day (409 `queue_full` above).',
    expected: 'an integer from 1 to 10000',
  }),
  ...envVar('AGENDA_SERIES_MAX', envInt(52, 1, 366), {
    description:
      'Most occurrences one recurring series (POST /agenda/appointment-series, an RRULE) may book; a rule yielding more answers 400 naming `rrule`.',
    expected: 'an integer from 1 to 366',
  }),
  ...envVar('AGENDA_REMINDER_MINUTES_BEFORE', envInt(1440, 1, 20_160), {
    description:
      'How long before a booked appointment its reminder (mail with confirm/cancel links and an .ics) goes out; when that moment has already passed at booking, it goes out at once, and not at all once the appointment started.',
    expected: 'minutes, an integer from 1 to 20160 (14 days)',
  }),
};
