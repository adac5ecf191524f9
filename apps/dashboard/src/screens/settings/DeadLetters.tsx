import { Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { registerMessages } from '../messages';
import { messages } from './messages';
import { CollectionTable, Heading, Notice, ProblemAlert, useCollection, useWhen } from './ui';

registerMessages('settings', messages);

type Status = 'open' | 'all';

/** Dead letters (platform administrators): events a consumer gave up on; retry or discard each. */
export function DeadLetters() {
  const { t } = useTranslation('settings');
  const session = useSession();
  const api = session!.api;
  const queryClient = useQueryClient();
  const when = useWhen();
  const [status, setStatus] = useState<Status>('open');
  const [notice, setNotice] = useState<string | null>(null);
  const letters = useCollection(['dead-letters', status], (cursor, signal) =>
    api.system.events.dlq.list({ query: { limit: 50, cursor, status }, signal }),
  );
  const act = useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'replay' | 'discard' }) =>
      action === 'replay'
        ? api.system.events.dlq.replay({ path: { dead_letter_id: id } })
        : api.system.events.dlq.discard({ path: { dead_letter_id: id } }),
    onSuccess: (_, { action }) => {
      setNotice(t(action === 'replay' ? 'system.replayed' : 'system.discarded'));
      void queryClient.invalidateQueries({ queryKey: ['settings', 'dead-letters'] });
    },
  });
  return (
    <Stack>
      <Heading>{t('system.title')}</Heading>
      <Text size="sm">{t('system.subtitle')}</Text>
      <Group gap={4} role="group" aria-label={t('system.filter')}>
        {(['open', 'all'] as const).map((s) => (
          <Button
            key={s}
            size="compact-sm"
            variant={s === status ? 'filled' : 'default'}
            aria-pressed={s === status}
            onClick={() => setStatus(s)}
          >
            {t(`system.${s}`)}
          </Button>
        ))}
      </Group>
      <Notice text={notice} />
      <ProblemAlert error={act.error} />
      <CollectionTable
        query={letters as never}
        caption={t('system.title')}
        head={[
          t('system.consumer'),
          t('system.event'),
          t('system.attempts'),
          t('system.error'),
          t('system.failed'),
          t('actions'),
        ]}
      >
        {letters.items.map((l) => (
          <Table.Tr key={l.id}>
            <Table.Td>
              <Code>{l.consumer}</Code>
            </Table.Td>
            <Table.Td>
              <Code>{l.event_type}</Code>
            </Table.Td>
            <Table.Td>{l.attempts}</Table.Td>
            <Table.Td>
              <Text size="xs" lineClamp={3}>
                {l.last_error}
              </Text>
            </Table.Td>
            <Table.Td>{when(l.failed_at)}</Table.Td>
            <Table.Td>
              {l.status === 'open' ? (
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-xs" onClick={() => act.mutate({ id: l.id, action: 'replay' })}>
                    {t('system.replay')}
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="default"
                    onClick={() => act.mutate({ id: l.id, action: 'discard' })}
                  >
                    {t('system.discard')}
                  </Button>
                </Group>
              ) : (
                l.status
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </CollectionTable>
    </Stack>
  );
}
