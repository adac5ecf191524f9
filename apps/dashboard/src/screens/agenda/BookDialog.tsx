import { Button, Group, Loader, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { NexovaError } from '@nexova/client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { ProblemAlert } from '../clinic-kit/problem';
import { clock, zoned } from '../clinic-kit/time';
import type { Slot } from './use-agenda';

type Props = {
  slot: Slot;
  serviceId: string;
  timezone: string;
  onClose: () => void;
  onBooked: (message: string) => void;
  /** Someone took the slot first (409): the page offers the nearest free ones. */
  onTaken: (slot: Slot) => void;
};

/** Booking a free slot: held at once (nobody else takes it meanwhile), then booked for the patient picked. */
export function BookDialog({ slot, serviceId, timezone, onClose, onBooked, onTaken }: Props) {
  const { t } = useTranslation('agenda');
  const session = useSession();
  const api = session!.api;
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const [personId, setPersonId] = useState<string | null>(null);
  const time = clock(zoned(slot.starts_at, timezone).minutes);

  const hold = useMutation({
    mutationFn: () =>
      api.agenda.appointments.holdSlot({
        body: {
          service_id: serviceId,
          professional_id: slot.professional_id,
          resource_id: slot.resource_id,
          starts_at: slot.starts_at,
        },
      }),
    onError: (error) => {
      if (error instanceof NexovaError && error.status === 409) onTaken(slot);
    },
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the slot is held once, when the dialog opens
  useEffect(() => {
    hold.mutate();
  }, []);
  const people = useQuery({
    queryKey: ['people', session?.workspace?.id, 'book', q],
    enabled: q.length > 0,
    queryFn: ({ signal }) => api.customers.list({ query: { q, limit: 10 }, signal }),
  });
  const candidates = (people.data?.items ?? []).filter((p) => p.status === 'active');
  const book = useMutation({
    mutationFn: () =>
      api.agenda.appointments.book({ path: { appointment_id: hold.data!.id }, body: { patient_id: personId! } }),
    onSuccess: () => onBooked(t('booked', { patient: candidates.find((c) => c.id === personId)?.name ?? '', time })),
  });
  const close = () => {
    if (hold.data && !book.isSuccess)
      void api.agenda.appointments.releaseHold({ path: { appointment_id: hold.data.id } }).catch(() => undefined);
    onClose();
  };

  return (
    <Modal opened onClose={close} title={t('bookTitle', { time })}>
      <Stack>
        {hold.isPending && <Loader size="sm" aria-label={t('loading')} />}
        {hold.data?.expires_at && (
          <Text size="sm" role="status">
            {t('heldUntil', { time: clock(zoned(hold.data.expires_at, timezone).minutes) })}
          </Text>
        )}
        {hold.isError && <ProblemAlert error={hold.error} fallback={t('bookFailed')} />}
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
          <Button disabled={!hold.data || !personId} loading={book.isPending} onClick={() => book.mutate()}>
            {t('book')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
