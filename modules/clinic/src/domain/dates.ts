/** The latest calendar date that is "today" somewhere (UTC+14): a birth date after it is in the future. */
export function latestBirthDate(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}
