// Half-open time intervals [start, end) in epoch milliseconds, kept sorted and disjoint.

export type Interval = { start: number; end: number };

/** Sorted, merged (touching intervals join), empty ones dropped. */
export function union(list: Interval[]): Interval[] {
  const sorted = list.filter((i) => i.start < i.end).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ ...i });
  }
  return out;
}

/** `from` minus every interval of `cut`. */
export function subtract(from: Interval[], cut: Interval[]): Interval[] {
  const cuts = union(cut);
  const out: Interval[] = [];
  for (const f of union(from)) {
    let start = f.start;
    for (const c of cuts) {
      if (c.end <= start || c.start >= f.end) continue;
      if (c.start > start) out.push({ start, end: c.start });
      start = Math.max(start, c.end);
      if (start >= f.end) break;
    }
    if (start < f.end) out.push({ start, end: f.end });
  }
  return out;
}

/** The parts of `list` inside `range`. */
export const clip = (list: Interval[], range: Interval): Interval[] =>
  union(list.map((i) => ({ start: Math.max(i.start, range.start), end: Math.min(i.end, range.end) })));

/** Whether [start, end) lies wholly inside one interval of a sorted disjoint list. */
export const covers = (list: Interval[], start: number, end: number): boolean =>
  list.some((i) => i.start <= start && end <= i.end);
