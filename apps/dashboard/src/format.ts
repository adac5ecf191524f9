/** Minor units (cents) as money in the page's language, with the currency's own decimals. */
export function money(amountMinor: number, currency: string, language: string): string {
  const format = new Intl.NumberFormat(language, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountMinor / 10 ** digits);
}

/** Minor units as a plain number in the currency's unit (for charts). */
export function major(amountMinor: number, currency: string): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  return amountMinor / 10 ** (digits ?? 2);
}

export const count = (value: number, language: string) => new Intl.NumberFormat(language).format(value);

/** A duration in milliseconds: `420 ms` below a second, `1.8 s` above. */
export function duration(ms: number, language: string): string {
  return ms < 1000
    ? new Intl.NumberFormat(language, { style: 'unit', unit: 'millisecond' }).format(ms)
    : new Intl.NumberFormat(language, { style: 'unit', unit: 'second', maximumFractionDigits: 1 }).format(ms / 1000);
}

/** Short weekday names from Monday (0) to Sunday (6) in the page's language. */
export function weekdays(language: string): string[] {
  const format = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, day) => format.format(Date.UTC(2024, 0, 1 + day)));
}

/** A moment as a short date and time in the page's language. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}
