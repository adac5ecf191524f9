import type { TxContext } from '@nexova/db';
import { getWorkspaceSettings } from '@nexova/tenancy';
import { busyOver } from '../db/appointment-store';
import { exceptionsOf, type OwnerKind, rulesOf } from '../db/availability-store';
import { type Interval, subtract } from '../domain/intervals';
import { openIntervals } from '../domain/weekly-rules';

// Private to the slot use-cases (not exported from the module): open time per owner from its rules
// and exceptions in the workspace's time zone, minus what appointments and live holds occupy.

export type FreeTimeQuery = { professionals: string[]; resources: string[]; range: Interval; now: Date };

export async function freeTime(t: TxContext, q: FreeTimeQuery): Promise<Map<string, Interval[]>> {
  const { timezone } = await getWorkspaceSettings({ ctx: t });
  const busy = await busyOver(t, q.range, { professionals: q.professionals, resources: q.resources }, q.now);
  const out = new Map<string, Interval[]>();
  const add = async (kind: OwnerKind, ids: string[]) => {
    const rules = await rulesOf(t, kind, ids);
    const exceptions = await exceptionsOf(t, kind, ids, q.range);
    for (const id of ids) {
      const open = openIntervals(rules.get(id) ?? [], exceptions.get(id) ?? [], q.range, timezone);
      out.set(id, subtract(open, busy.get(id) ?? []));
    }
  };
  await add('professional', q.professionals);
  await add('resource', q.resources);
  return out;
}
