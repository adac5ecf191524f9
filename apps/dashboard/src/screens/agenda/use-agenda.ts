import type { ItemOf, operations } from '@nexova/client';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useSession } from '../../api/session';
import { addDays, instantAt } from '../clinic-kit/time';

export type Appointment = ItemOf<operations['listAppointments']>;
export type Slot = ItemOf<operations['findSlots']>;
export type Professional = ItemOf<operations['listProfessionals']>;
export type Resource = ItemOf<operations['listResources']>;
export type Service = ItemOf<operations['listServices']>;

async function all<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of pages) out.push(item);
  return out;
}

/** Professionals, rooms and services: who and what the agenda books. */
export function useSetup() {
  const session = useSession();
  return useQuery({
    queryKey: ['agenda', session?.workspace?.id, 'setup'],
    enabled: !!session,
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const api = session!.api.agenda;
      const [professionals, resources, services] = await Promise.all([
        all(api.professionals.listAll({ query: { limit: 200 } })),
        all(api.resources.listAll({ query: { limit: 200 } })),
        all(api.services.listAll({ query: { limit: 200 } })),
      ]);
      return {
        professionals: professionals.filter((p) => p.active),
        resources: resources.filter((r) => r.active),
        services: services.filter((s) => s.active),
      };
    },
  });
}

/** The appointments and the free slots of `days` local days from `date`. */
export function useRange(date: string, days: number, timezone: string, serviceId: string | undefined) {
  const session = useSession();
  const from = instantAt(date, 0, timezone).toISOString();
  const to = instantAt(addDays(date, days), 0, timezone).toISOString();
  const appointments = useQuery({
    queryKey: ['agenda', session?.workspace?.id, 'appointments', from, to],
    enabled: !!session,
    queryFn: () => all(session!.api.agenda.appointments.listAll({ query: { from, to, limit: 200 } })),
  });
  const slots = useQuery({
    queryKey: ['agenda', session?.workspace?.id, 'slots', serviceId, from, to],
    enabled: !!session && !!serviceId,
    queryFn: () => all(session!.api.agenda.slots.findAll({ query: { service_id: serviceId!, from, to, limit: 500 } })),
  });
  return { appointments, slots };
}

/** Patients' names by patient id (each fetched once and cached). */
export function usePatientNames(ids: (string | null)[]): Map<string, { name: string; personId: string }> {
  const session = useSession();
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: ['patient', id],
      enabled: !!session,
      staleTime: 5 * 60_000,
      queryFn: ({ signal }: { signal: AbortSignal }) => session!.api.patients.get({ path: { patient_id: id }, signal }),
    })),
  });
  const names = new Map<string, { name: string; personId: string }>();
  results.forEach((r, i) => {
    if (r.data) names.set(unique[i]!, { name: r.data.person?.name ?? '—', personId: r.data.person_id });
  });
  return names;
}

/** Statuses that occupy their time on the grid (the freed ones are history). */
export const ON_GRID = new Set(['held', 'booked', 'confirmed', 'checked_in', 'in_service', 'completed', 'no_show']);
