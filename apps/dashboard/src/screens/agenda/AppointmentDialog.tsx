import { Anchor, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { useSession } from '../../api/session';
import '../../offline/messages';
import { useOfflineWrite } from '../../offline/use-outbox';
import { ProblemAlert } from '../clinic-kit/problem';
import { clock, zoned } from '../clinic-kit/time';
import { nearestSlots } from './nearest';
import type { Appointment, Slot } from './use-agenda';

type Props = {
  appointment: Appointment;
  patient: { name: string; personId: string } | undefined;
  slots: Slot[];
  timezone: string;
  onClose: () => void;
  onMove: (slot: Slot) => void;
  onDone: (message: string) => void;
};

const CALLS = {
  confirm: 'confirm',
  check_in: 'checkIn',
  start: 'start',
  complete: 'complete',
  cancel: 'cancel',
  no_show: 'markNoShow',
  release: 'releaseHold',
} as const;
type Action = keyof typeof CALLS;

/** One appointment: who and when, the actions its status allows, and "Move to…" the nearest free slots. */
export function AppointmentDialog({ appointment: a, patient, slots, timezone, onClose, onMove, onDone }: Props) {
  const { t } = useTranslation('agenda');
  const { t: common } = useTranslation();
  const session = useSession();
  const client = useQueryClient();
  const mayWrite = can(session?.permissions ?? [], 'appointments:write');
  const actions = a.allowed_actions.filter((x): x is Action => x in CALLS);
  const nearest = a.allowed_actions.includes('reschedule') ? nearestSlots(slots, a.starts_at, 12) : [];
  const [target, setTarget] = useState(nearest[0]?.starts_at ?? '');
  const at = (iso: string) => clock(zoned(iso, timezone).minutes);

  const { t: offline } = useTranslation('offline');
  const write = useOfflineWrite(session);
  const act = useMutation({
    mutationFn: async (action: Action) => {
      // A patient arriving while the connection is down is checked in on this device and sent later
      // (src/offline/outbox.ts); the other actions need the server at once.
      if (action === 'check_in')
        return write({
          method: 'POST',
          path: '/api/v1/agenda/appointments/{appointment_id}/check-in',
          input: { path: { appointment_id: a.id }, headers: { 'if-match': `"${a.version}"` } },
          label: { key: 'checkIn', values: { name: patient?.name ?? '' } },
          resource: `/api/v1/agenda/appointments/${a.id}`,
        });
      await session!.api.agenda.appointments[CALLS[action]]({
        path: { appointment_id: a.id },
        headers: { 'if-match': `"${a.version}"` },
      });
      return { status: 'sent' as const };
    },
    onSuccess: async (outcome, action) => {
      if (outcome.status === 'queued') return onDone(offline('queued'));
      await client.invalidateQueries({ queryKey: ['agenda'] });
      onDone(t('done', { action: t(`action.${action}`) }));
    },
  });

  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('close') }}
      title={`${t('appointment')} ${at(a.starts_at)}–${at(a.ends_at)}`}
    >
      <Stack>
        <dl className="facts">
          <dt>{t('patient')}</dt>
          <dd>
            {patient ? (
              <Anchor component={Link} to={`/people/${patient.personId}`}>
                {patient.name}
              </Anchor>
            ) : (
              t('unknownPatient')
            )}
          </dd>
          <dt>{t('status')}</dt>
          <dd>{common(`status.${a.status}`, { defaultValue: a.status })}</dd>
        </dl>
        {!mayWrite && <Text size="sm">{t('noWrite')}</Text>}
        {mayWrite && actions.length > 0 && (
          <Group gap="xs" role="group" aria-label={t('actions')}>
            {actions.map((action) => (
              <Button
                key={action}
                size="xs"
                variant={action === 'cancel' || action === 'no_show' ? 'default' : 'filled'}
                loading={act.isPending && act.variables === action}
                onClick={() => act.mutate(action)}
              >
                {t(`action.${action}`)}
              </Button>
            ))}
          </Group>
        )}
        <ProblemAlert error={act.error} fallback={t('moveFailed')} />
        {mayWrite && nearest.length > 0 && (
          <Group align="flex-end" gap="xs">
            <NativeSelect
              label={t('move')}
              value={target}
              onChange={(event) => setTarget(event.currentTarget.value)}
              data={nearest.map((s) => ({ value: s.starts_at, label: at(s.starts_at) }))}
            />
            <Button
              variant="default"
              onClick={() => {
                const slot = nearest.find((s) => s.starts_at === target);
                if (slot) onMove(slot);
              }}
            >
              {t('action.reschedule')}
            </Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
