import type { Slot } from './use-agenda';

/** The free slots nearest to a wanted time (the one asked for excluded), closest first. */
export function nearestSlots(slots: Slot[], wanted: string, count = 3): Slot[] {
  const at = Date.parse(wanted);
  const seen = new Set<string>();
  return slots
    .filter((s) => s.starts_at !== wanted && Date.parse(s.starts_at) !== at)
    .sort((a, b) => Math.abs(Date.parse(a.starts_at) - at) - Math.abs(Date.parse(b.starts_at) - at))
    .filter((s) => {
      const key = `${s.professional_id}@${s.starts_at}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, count);
}
