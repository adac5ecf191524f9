import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { ProblemAlert } from '../clinic-kit/problem';
import { clock, zoned } from '../clinic-kit/time';
import type { Appointment, Slot } from './use-agenda';

type Props = {
  slot: Slot;
  /** The hold the page took when the slot was picked: nobody else takes it meanwhile. */
  hold: Appointment;
  timezone: string;
  onClose: () => void;
  onBooked: (message: string) => void;
};

/** Booking a held slot for the patient picked; closing without booking releases the hold. */
export function BookDialog({ slot, hold, timezone, onClose, onBooked }: Props) {
  const { t } = useTranslation('agenda');
  const session = useSession();
  const api = session!.api;
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const [personId, setPersonId] = useState<string | null>(null);
  const time = clock(zoned(slot.starts_at, timezone).minutes);

  const people = useQuery({
    queryKey: ['people', session?.workspace?.id, 'book', q],
    enabled: q.length > 0,
    queryFn: ({ signal }) => api.customers.list({ query: { q, limit: 10 }, signal }),
  });
  const candidates = (people.data?.items ?? []).filter((p) => p.status === 'active');
  const book = useMutation({
    mutationFn: () =>
      api.agenda.appointments.book({ path: { appointment_id: hold.id }, body: { patient_id: personId! } }),
    onSuccess: () => onBooked(t('booked', { patient: candidates.find((c) => c.id === personId)?.name ?? '', time })),
  });
  const close = () => {
    if (!book.isSuccess)
      void api.agenda.appointments.releaseHold({ path: { appointment_id: hold.id } }).catch(() => undefined);
    onClose();
  };

  return (
    <Modal opened onClose={close} closeButtonProps={{ 'aria-label': t('close') }} title={t('bookTitle', { time })}>
      <Stack>
        {hold.expires_at && (
          <Text size="sm" role="status">
            {t('heldUntil', { time: clock(zoned(hold.expires_at, timezone).minutes) })}
          </Text>
        )}
        <TextInput
          type="search"
          label={t('findPatient')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          data-autofocus
        />
        <Radio.Group label={t('pickPatient')} value={personId} onChange={setPersonId}>
          <Stack gap="xs" mt="xs">
            {candidates.map((c) => (
              <Radio key={c.id} value={c.id} label={`${c.name}${c.phone ? ` — ${c.phone}` : ''}`} />
            ))}
            {people.isSuccess && candidates.length === 0 && <Text size="sm">{t('noPatients')}</Text>}
          </Stack>
        </Radio.Group>
        <ProblemAlert error={book.error} fallback={t('bookFailed')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('cancel')}
          </Button>
          <Button disabled={!personId} loading={book.isPending} onClick={() => book.mutate()}>
            {t('book')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
