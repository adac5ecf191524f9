import { Alert, Button, Group, Loader, Modal, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { NexovaError } from '@nexova/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { useSession } from '../../api/session';
import { ProblemAlert } from '../clinic-kit/problem';
import { addDays, clock, longDay, mondayOf, todayIn, zoned } from '../clinic-kit/time';
import { registerMessages } from '../messages';
import { AgendaGrid, type GridAppointment, type GridColumn, type GridSlot } from './AgendaGrid';
import { AgendaTabs } from './AgendaTabs';
import { AppointmentDialog } from './AppointmentDialog';
import { BookDialog } from './BookDialog';
import { messages } from './messages';
import { nearestSlots } from './nearest';
import type { AgendaSearch } from './routes';
import { type Appointment, ON_GRID, type Slot, usePatientNames, useRange, useSetup } from './use-agenda';

registerMessages('agenda', messages);

/** What a 409 left us with: the move or booking that lost the race, and where it wanted to go. */
type Taken = { wanted: Slot; appointmentId: string | null };

/** The agenda: day or week, by professional or room, free slots to book, appointments to move. */
export function AgendaPage() {
  const { t, i18n } = useTranslation('agenda');
  const session = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const search = useSearch({ strict: false }) as AgendaSearch;
  const timezone = session?.workspace?.settings.timezone ?? 'UTC';
  const setup = useSetup();
  const view = search.view ?? 'day';
  const by = search.by ?? 'professional';
  const date = view === 'week' ? mondayOf(search.date ?? todayIn(timezone)) : (search.date ?? todayIn(timezone));
  const days = view === 'week' ? 7 : 1;
  const services = setup.data?.services ?? [];
  const serviceId = search.service ?? services[0]?.id;
  const owners = (by === 'professional' ? setup.data?.professionals : setup.data?.resources) ?? [];
  const owner = owners.find((o) => o.id === search.owner) ?? owners[0];
  const { appointments, slots } = useRange(date, days, timezone, serviceId);
  const names = usePatientNames((appointments.data ?? []).map((a) => a.patient_id));
  const [booking, setBooking] = useState<{ slot: Slot; hold: Appointment } | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [taken, setTaken] = useState<Taken | null>(null);
  const [note, setNote] = useState('');
  const mayWrite = can(session?.permissions ?? [], 'appointments:write');
  const set = (next: Partial<AgendaSearch>) =>
    void navigate({ to: '.', search: { ...search, ...next } as never, replace: true });

  const refresh = () => client.invalidateQueries({ queryKey: ['agenda'] });
  const move = useMutation({
    mutationFn: ({ id, slot }: { id: string; slot: GridSlot }) =>
      session!.api.agenda.appointments.reschedule({
        path: { appointment_id: id },
        body: { starts_at: slot.starts_at, professional_id: slot.professional_id, resource_id: slot.resource_id },
      }),
    onSuccess: (_, { slot }) => setNote(t('moved', { time: clock(zoned(slot.starts_at, timezone).minutes) })),
    onError: (error, { id, slot }) => {
      if (error instanceof NexovaError && error.code === 'slot_taken') setTaken({ wanted: slot, appointmentId: id });
    },
    onSettled: refresh,
  });

  // Picking a free slot holds it at once; the dialog then books it for a patient.
  const hold = useMutation({
    mutationFn: (slot: Slot) =>
      session!.api.agenda.appointments.holdSlot({
        body: {
          service_id: serviceId!,
          professional_id: slot.professional_id,
          resource_id: slot.resource_id,
          starts_at: slot.starts_at,
        },
      }),
    onSuccess: (held, slot) => setBooking({ slot, hold: held }),
    onError: (error, slot) => {
      if (error instanceof NexovaError && error.code === 'slot_taken') {
        setTaken({ wanted: slot, appointmentId: null });
        void refresh();
      }
    },
  });

  const columns: GridColumn[] =
    view === 'week'
      ? Array.from({ length: days }, (_, i) => addDays(date, i)).map((d) => ({
          key: d,
          date: d,
          ownerId: owner?.id ?? '',
          label: longDay(d, i18n.language, { month: 'short' }),
        }))
      : owners.map((o) => ({ key: o.id, date, ownerId: o.id, label: o.name }));
  const items: GridAppointment[] = (appointments.data ?? [])
    .filter((a) => ON_GRID.has(a.status))
    .map((a) => ({
      ...a,
      patient: (a.patient_id && names.get(a.patient_id)?.name) || t('unknownPatient'),
      movable: a.allowed_actions.includes('reschedule'),
    }));
  const opened = appointments.data?.find((a) => a.id === open);
  const free = slots.data ?? [];

  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <AgendaTabs current="calendar" />
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Button variant="default" onClick={() => set({ date: addDays(date, -days) })}>
          {t('previous')}
        </Button>
        <Button variant="default" onClick={() => set({ date: undefined })}>
          {t('today')}
        </Button>
        <Button variant="default" onClick={() => set({ date: addDays(date, days) })}>
          {t('next')}
        </Button>
        <TextInput
          type="date"
          label={t('date')}
          value={date}
          onChange={(e) => set({ date: e.currentTarget.value || undefined })}
        />
        <NativeSelect
          label={t('view')}
          value={view}
          onChange={(e) => set({ view: e.currentTarget.value as 'day' | 'week' })}
          data={[
            { value: 'day', label: t('day') },
            { value: 'week', label: t('week') },
          ]}
        />
        <NativeSelect
          label={t('by')}
          value={by}
          onChange={(e) => set({ by: e.currentTarget.value as 'professional' | 'resource', owner: undefined })}
          data={[
            { value: 'professional', label: t('byProfessional') },
            { value: 'resource', label: t('byRoom') },
          ]}
        />
        {view === 'week' && owner && (
          <NativeSelect
            label={by === 'professional' ? t('professional') : t('room')}
            value={owner.id}
            onChange={(e) => set({ owner: e.currentTarget.value })}
            data={owners.map((o) => ({ value: o.id, label: o.name }))}
          />
        )}
        {services.length > 0 && (
          <NativeSelect
            label={t('service')}
            value={serviceId}
            onChange={(e) => set({ service: e.currentTarget.value })}
            data={services.map((s) => ({ value: s.id, label: s.name }))}
          />
        )}
      </Group>
      <Title order={2} size="h4">
        {view === 'week'
          ? `${longDay(date, i18n.language)} – ${longDay(addDays(date, 6), i18n.language)}`
          : longDay(date, i18n.language)}
      </Title>
      <Text size="sm" role="status" aria-live="polite" data-day={date}>
        {note || (slots.isSuccess ? (free.length ? t('slotsShown', { count: free.length }) : t('noSlots')) : '')}
      </Text>
      {(setup.isPending || appointments.isPending) && <Loader role="status" aria-label={t('loading')} />}
      {(setup.isError || appointments.isError) && (
        <ProblemAlert error={setup.error ?? appointments.error} fallback={t('error')} />
      )}
      {setup.isSuccess && columns.length === 0 && <Alert color="gray">{t('noColumns')}</Alert>}
      {appointments.isSuccess && columns.length > 0 && (
        <AgendaGrid
          label={view === 'week' ? (owner?.name ?? '') : longDay(date, i18n.language)}
          columns={columns}
          by={by}
          timezone={timezone}
          appointments={items}
          slots={free}
          canWrite={mayWrite}
          onBook={(slot) => hold.mutate(slot as Slot)}
          onOpen={(a) => setOpen(a.id)}
          onMove={(a, slot) => move.mutate({ id: a.id, slot })}
        />
      )}
      <ProblemAlert
        error={move.error instanceof NexovaError && move.error.code === 'slot_taken' ? null : move.error}
        fallback={t('moveFailed')}
      />
      {booking && (
        <BookDialog
          slot={booking.slot}
          hold={booking.hold}
          timezone={timezone}
          onClose={() => setBooking(null)}
          onBooked={(message) => {
            setBooking(null);
            setNote(message);
            void refresh();
          }}
        />
      )}
      {opened && (
        <AppointmentDialog
          appointment={opened}
          patient={opened.patient_id ? names.get(opened.patient_id) : undefined}
          slots={free.filter((s) => s.professional_id === opened.professional_id)}
          timezone={timezone}
          onClose={() => setOpen(null)}
          onMove={(slot) => {
            setOpen(null);
            move.mutate({ id: opened.id, slot });
          }}
          onDone={(message) => {
            setOpen(null);
            setNote(message);
          }}
        />
      )}
      {taken && (
        <Modal opened onClose={() => setTaken(null)} closeButtonProps={{ 'aria-label': t('close') }} title={t('taken')}>
          <Stack>
            {nearestSlots(free, taken.wanted.starts_at).length > 0 ? (
              <>
                <Text size="sm">{t('takenHint')}</Text>
                <Group gap="xs">
                  {nearestSlots(free, taken.wanted.starts_at).map((s) => (
                    <Button
                      key={`${s.professional_id}${s.starts_at}`}
                      variant="default"
                      onClick={() => {
                        setTaken(null);
                        if (taken.appointmentId) move.mutate({ id: taken.appointmentId, slot: s });
                        else hold.mutate(s);
                      }}
                    >
                      {clock(zoned(s.starts_at, timezone).minutes)}
                    </Button>
                  ))}
                </Group>
              </>
            ) : (
              <Text size="sm">{t('noNearest')}</Text>
            )}
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
