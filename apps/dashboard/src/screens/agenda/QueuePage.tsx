import { Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { useSession } from '../../api/session';
import { useLiveEvents } from '../clinic-kit/live';
import { ProblemAlert } from '../clinic-kit/problem';
import { registerMessages } from '../messages';
import { AgendaTabs } from './AgendaTabs';
import { messages } from './messages';
import { usePatientNames, useSetup } from './use-agenda';

registerMessages('agenda', messages);

/** While the realtime feed is away, the queue refetches this often (seconds). */
const POLL_SECONDS = 15;
const CALLS = { call: 'callEntry', start: 'startEntry', finish: 'finishEntry', remove: 'removeEntry' } as const;
type QueueAction = keyof typeof CALLS;

/**
 * Today's reception queues, one per professional plus the front desk: who waits, their position and
 * estimated wait, and call → in service → done. Live over the realtime feed (agenda.queue.* and
 * agenda.appointment.* events); a refetch every POLL_SECONDS while the feed is down.
 */
export function QueuePage() {
  const { t } = useTranslation('agenda');
  const { t: common } = useTranslation();
  const session = useSession();
  const client = useQueryClient();
  const setup = useSetup();
  const [note, setNote] = useState('');
  const liveness = useLiveEvents(['agenda.queue.', 'agenda.appointment.'], () => {
    void client.invalidateQueries({ queryKey: ['queue'] });
  });
  const queues = [
    ...(setup.data?.professionals ?? []).map((p) => ({ key: p.id, name: p.name, query: { professional_id: p.id } })),
    { key: 'general', name: t('frontDesk'), query: {} },
  ];
  const results = useQueries({
    queries: queues.map((q) => ({
      queryKey: ['queue', session?.workspace?.id, q.key],
      enabled: !!session && setup.isSuccess,
      refetchInterval: liveness === 'live' ? (false as const) : POLL_SECONDS * 1000,
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        session!.api.agenda.queue.list({ query: { ...q.query, limit: 100 }, signal }),
    })),
  });
  const entries = results.flatMap((r) => r.data?.items ?? []);
  const names = usePatientNames(entries.map((e) => e.patient_id));
  const mayWrite = can(session?.permissions ?? [], 'appointments:write');
  const act = useMutation({
    mutationFn: ({ id, action, version }: { id: string; action: QueueAction; version: number }) =>
      session!.api.agenda.queue[CALLS[action]]({ path: { entry_id: id }, headers: { 'if-match': `"${version}"` } }),
    onSuccess: async (_, { action }) => {
      setNote(t('done', { action: t(`queueAction.${action}`) }));
      await client.invalidateQueries({ queryKey: ['queue'] });
    },
  });

  return (
    <Stack>
      <Title order={1}>{t('queue')}</Title>
      <AgendaTabs current="queue" />
      <Group gap="xs">
        <Badge color={liveness === 'live' ? 'green' : 'gray'} variant="light" c="dark">
          {liveness === 'live' ? t('live') : t('polling', { seconds: POLL_SECONDS })}
        </Badge>
      </Group>
      <Text size="sm" role="status" aria-live="polite">
        {note}
      </Text>
      <ProblemAlert error={act.error} fallback={t('error')} />
      {setup.isPending && <Loader role="status" aria-label={t('loading')} />}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {queues.map((q, i) => {
          const items = results[i]?.data?.items ?? [];
          return (
            <Paper key={q.key} withBorder p="md" radius="md" component="section" aria-labelledby={`queue-${q.key}`}>
              <Title order={2} size="h4" id={`queue-${q.key}`} mb="xs">
                {t('queueOf', { name: q.name })}
              </Title>
              {results[i]?.isPending && <Loader size="sm" role="status" aria-label={t('loading')} />}
              {results[i]?.isSuccess && items.length === 0 && <Text size="sm">{t('emptyQueue')}</Text>}
              {items.length > 0 && (
                <Table.ScrollContainer minWidth={420}>
                  <Table>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('position')}</Table.Th>
                        <Table.Th scope="col">{t('who')}</Table.Th>
                        <Table.Th scope="col">{t('status')}</Table.Th>
                        <Table.Th scope="col">{t('wait')}</Table.Th>
                        <Table.Th scope="col">{t('actions')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {items.map((e) => {
                        const who = e.name ?? (e.patient_id ? names.get(e.patient_id)?.name : undefined) ?? '—';
                        return (
                          <Table.Tr key={e.id} data-entry={e.id}>
                            <Table.Td>{e.position ?? '—'}</Table.Td>
                            <Table.Th scope="row">{who}</Table.Th>
                            <Table.Td>{common(`status.${e.status}`, { defaultValue: e.status })}</Table.Td>
                            <Table.Td>
                              {e.estimated_wait_minutes == null
                                ? '—'
                                : t('minutes', { count: e.estimated_wait_minutes })}
                            </Table.Td>
                            <Table.Td>
                              <Group gap={4} wrap="nowrap">
                                {mayWrite &&
                                  e.allowed_actions.map((action) => (
                                    <Button
                                      key={action}
                                      size="compact-xs"
                                      variant={action === 'remove' ? 'default' : 'filled'}
                                      aria-label={`${t(`queueAction.${action}`)} ${who}`}
                                      onClick={() => act.mutate({ id: e.id, action, version: e.version })}
                                    >
                                      {t(`queueAction.${action}`)}
                                    </Button>
                                  ))}
                              </Group>
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
