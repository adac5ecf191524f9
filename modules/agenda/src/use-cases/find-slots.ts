import { type AppContext, withTransaction } from '@nexova/db';
import { decodeCursor, encodeCursor, type Page } from '@nexova/http';
import { ValidationError } from '@nexova/kernel';
import type { SlotView } from '../contracts/appointment';
import { activeProfessionals, activeResources, mustLoad } from '../db/setup-store';
import { findSlots as search } from '../domain/slot-finder';
import { freeTime } from './free-time';

export type FindSlotsInput = {
  serviceId: string;
  from: Date;
  to: Date;
  professionalId?: string;
  stepMinutes?: number;
  limit: number;
  cursor?: string;
  now?: Date;
};

// Free slots of a service over [from, to): a professional who may do it and, when it needs one, a
// free resource, both open by their rules and exceptions and not taken by appointments or live holds.
export async function findSlots({ ctx, input }: { ctx: AppContext; input: FindSlotsInput }): Promise<Page<SlotView>> {
  const key = decodeCursor(input.cursor);
  const [start, professionalId] = key ?? [];
  if (key && (key.length !== 2 || typeof start !== 'number' || typeof professionalId !== 'string'))
    throw new ValidationError('The cursor is not from this list.', [
      { pointer: '/cursor', in: 'query', message: 'not from this list' },
    ]);
  const after = key ? { start: start as number, professionalId: professionalId as string } : undefined;
  return withTransaction(ctx, async (t) => {
    const service = await mustLoad(t, 'service', input.serviceId);
    const allowed = service.professionalIds;
    if (input.professionalId) {
      await mustLoad(t, 'professional', input.professionalId);
      if (allowed.length > 0 && !allowed.includes(input.professionalId)) return { items: [], next_cursor: null };
    }
    const who = await activeProfessionals(t, input.professionalId ? [input.professionalId] : allowed);
    const rooms = await activeResources(t, service.resourceIds);
    const now = input.now ?? new Date();
    const range = { start: input.from.getTime(), end: input.to.getTime() };
    const free = await freeTime(t, {
      professionals: who.map((p) => p.id),
      resources: rooms.map((r) => r.id),
      range,
      now,
    });
    const durationMs = service.durationMinutes * 60_000;
    const slots = search({
      professionals: who.map((p) => ({ id: p.id, free: free.get(p.id) ?? [] })),
      resources: rooms.map((r) => ({ id: r.id, free: free.get(r.id) ?? [] })),
      needsResource: service.resourceIds.length > 0,
      durationMs,
      stepMs: (input.stepMinutes ?? service.durationMinutes) * 60_000,
      notBefore: now.getTime(),
      after,
      limit: input.limit,
    });
    const more = slots.length > input.limit;
    const items = slots.slice(0, input.limit);
    const last = items.at(-1);
    return {
      items: items.map((s) => ({
        starts_at: new Date(s.start).toISOString(),
        ends_at: new Date(s.end).toISOString(),
        professional_id: s.professionalId,
        resource_id: s.resourceId,
      })),
      next_cursor: more && last ? encodeCursor([last.start, last.professionalId]) : null,
    };
  });
}
