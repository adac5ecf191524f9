import { listPatients } from '@nexova/clinic';
import { globalEntryId } from '@nexova/clinical-catalogs';
import type { AppContext } from '@nexova/db';
import { getWorkspaceSettings } from '@nexova/tenancy';
import { DateTime } from 'luxon';
import type { StaffAction } from '../domain/appointment-status';

import { addAvailabilityRule } from './add-availability-rule';
import { createProfessional } from './create-professional';
import { createResource } from './create-resource';
import { createService } from './create-service';
import { holdSlot } from './hold-slot';
import { listProfessionals } from './list-setup';
import { moveAppointment } from './move-appointment';

type Move = Exclude<StaffAction, 'reschedule'>;

const specialty = (key: string) => globalEntryId('specialty', key);
const procedure = (key: string) => globalEntryId('procedure', key);

/** Local times (workspace time zone) offered each day of the demo week, and what happens to each. */
const TIMES = ['09:00', '10:30', '14:00', '16:00'];
const FATES: Move[][] = [['confirm'], [], ['confirm'], ['cancel'], [], ['confirm']];

// The demo clinic's agenda, once: two professionals with specialties, two rooms, three services
// made from catalog procedures, Monday–Saturday 08:00–18:00, and the next seven days of
// appointments for the demo patients (booked, confirmed, some canceled; today's first one checked in).
// Skipped when the workspace already has professionals.
export async function seedDemoAgenda({ ctx }: { ctx: AppContext }): Promise<string[]> {
  const existing = await listProfessionals({ ctx, input: { limit: 1 } });
  if (existing.items.length > 0) return [];
  const professionals = [
    await createProfessional({
      ctx,
      input: {
        name: 'Dra. Helena Prado',
        specialtyIds: [specialty('general_practice')],
        licenceNumber: 'CRM-SP 123456',
      },
    }),
    await createProfessional({
      ctx,
      input: { name: 'Dr. Marcos Teixeira', specialtyIds: [specialty('cardiology')], licenceNumber: 'CRM-SP 654321' },
    }),
  ];
  const rooms = [
    await createResource({ ctx, input: { name: 'Consultório 1' } }),
    await createResource({ ctx, input: { name: 'Consultório 2' } }),
  ];
  const roomIds = rooms.map((r) => r.id);
  const services = [
    await createService({ ctx, input: { catalogEntryId: procedure('general_consultation'), resourceIds: roomIds } }),
    await createService({ ctx, input: { catalogEntryId: procedure('follow_up_consultation'), resourceIds: roomIds } }),
    await createService({
      ctx,
      input: {
        catalogEntryId: procedure('electrocardiogram'),
        resourceIds: roomIds,
        professionalIds: [professionals[1]?.id ?? ''],
      },
    }),
  ];
  for (const [ownerKind, ownerId] of [
    ...professionals.map((p) => ['professional', p.id] as const),
    ...rooms.map((r) => ['resource', r.id] as const),
  ])
    for (let weekday = 1; weekday <= 6; weekday++)
      await addAvailabilityRule({
        ctx,
        input: { ownerKind, ownerId, weekday, start: '08:00', end: '18:00', maxRules: 50 },
      });

  const patients = (await listPatients({ ctx, input: { limit: 50, searchMaxPeople: 50 } })).items;
  if (patients.length === 0) return ['agenda: 2 professionals, 2 rooms, 3 services (no patients to book)'];
  const { timezone } = await getWorkspaceSettings({ ctx });
  const now = DateTime.now().setZone(timezone);
  let booked = 0;
  for (let day = 0; day < 7; day++) {
    const date = now.startOf('day').plus({ days: day });
    if (date.weekday === 7) continue;
    for (const time of TIMES) {
      const [hour = 0, minute = 0] = time.split(':').map(Number);
      const startsAt = date.set({ hour, minute });
      if (startsAt < now.plus({ minutes: 10 })) continue;
      const n = booked++;
      const professional = professionals[n % 2];
      const service = professional === professionals[1] && n % 3 === 0 ? services[2] : services[n % 2];
      const held = await holdSlot({
        ctx,
        input: {
          serviceId: service?.id ?? '',
          professionalId: professional?.id ?? '',
          resourceId: roomIds[n % 2] ?? null,
          startsAt: startsAt.toJSDate(),
          patientId: patients[n % patients.length]?.id ?? null,
          ttlSeconds: 600,
        },
      });
      // The day's first appointment of today is at the reception already; the rest follow FATES.
      const fates: Move[] = n === 0 && day === 0 ? ['confirm', 'check_in'] : (FATES[n % FATES.length] ?? []);
      for (const action of ['book', ...fates] as Move[])
        await moveAppointment({
          ctx,
          input: {
            appointmentId: held.id,
            action,
            reason: action === 'cancel' ? 'Paciente remarcou por telefone' : null,
          },
        });
    }
  }
  return [`agenda: 2 professionals, 2 rooms, 3 services, ${booked} appointments over the next 7 days`];
}
