import { covers, type Interval } from './intervals';

// Slot search over free time already computed per professional and per resource: a slot is a
// start where the professional is free for the whole duration and, when the service needs a
// resource, one of its resources is too (the first free one, in the service's order).

export type FreeTime = { id: string; free: Interval[] };
export type Slot = { start: number; end: number; professionalId: string; resourceId: string | null };

export type SlotSearch = {
  professionals: FreeTime[];
  /** The service's resources; empty when it needs none. */
  resources: FreeTime[];
  needsResource: boolean;
  durationMs: number;
  stepMs: number;
  /** Only starts at or after this instant (now). */
  notBefore: number;
  /** The last slot of the previous page: only slots after it (by start, then professional). */
  after?: { start: number; professionalId: string };
  limit: number;
};

const isAfter = (start: number, professionalId: string, after: SlotSearch['after']) =>
  !after || start > after.start || (start === after.start && professionalId > after.professionalId);

/** Slots ordered by start, then professional; at most `limit` + 1 (the extra one says there is more). */
export function findSlots(q: SlotSearch): Slot[] {
  const all: Slot[] = [];
  for (const p of q.professionals) {
    for (const window of p.free) {
      for (let start = window.start; start + q.durationMs <= window.end; start += q.stepMs) {
        if (start < q.notBefore || !isAfter(start, p.id, q.after)) continue;
        const end = start + q.durationMs;
        const resource = q.needsResource ? q.resources.find((r) => covers(r.free, start, end)) : undefined;
        if (q.needsResource && !resource) continue;
        all.push({ start, end, professionalId: p.id, resourceId: resource?.id ?? null });
      }
    }
  }
  all.sort((a, b) => a.start - b.start || a.professionalId.localeCompare(b.professionalId));
  return all.slice(0, q.limit + 1);
}
