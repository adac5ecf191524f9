import { Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { useSession } from '../../api/session';
import { registerMessages } from '../messages';
import { messages } from './messages';
import { CollectionTable, Heading, Notice, ProblemAlert, useCollection, useWhen } from './ui';

registerMessages('settings', messages);

/** Outgoing webhook endpoints; one's delivery log, each delivery redelivered on demand. */
export function Webhooks() {
  const { t } = useTranslation('settings');
  const session = useSession();
  const api = session!.api;
  const [open, setOpen] = useState<{ id: string; url: string } | null>(null);
  const endpoints = useCollection(['webhooks'], (cursor, signal) =>
    api.webhookEndpoints.list({ query: { limit: 50, cursor }, signal }),
  );
  return (
    <Stack>
      <Heading>{t('webhooks.title')}</Heading>
      <CollectionTable
        query={endpoints as never}
        caption={t('webhooks.title')}
        head={[t('webhooks.url'), t('webhooks.events'), t('webhooks.status'), t('actions')]}
      >
        {endpoints.items.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>
              <Code>{e.url}</Code>
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                {e.event_types.map((type) => (
                  <Code key={type}>{type}</Code>
                ))}
              </Group>
            </Table.Td>
            <Table.Td>
              {e.enabled ? t('webhooks.enabled') : t('webhooks.disabled', { reason: e.disabled_reason ?? '—' })}
            </Table.Td>
            <Table.Td>
              <Button
                size="compact-xs"
                variant="default"
                aria-expanded={open?.id === e.id}
                onClick={() => setOpen(open?.id === e.id ? null : { id: e.id, url: e.url })}
              >
                {t('webhooks.show')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </CollectionTable>
      {open && <Deliveries endpoint={open} />}
    </Stack>
  );
}

function Deliveries({ endpoint }: { endpoint: { id: string; url: string } }) {
  const { t } = useTranslation('settings');
  const session = useSession();
  const api = session!.api;
  const queryClient = useQueryClient();
  const when = useWhen();
  const mayManage = can(session?.permissions ?? [], 'webhooks:manage');
  const [notice, setNotice] = useState<string | null>(null);
  const deliveries = useCollection(['webhook-deliveries', endpoint.id], (cursor, signal) =>
    api.webhookEndpoints.deliveries.list({ path: { endpoint_id: endpoint.id }, query: { limit: 50, cursor }, signal }),
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['settings', 'webhook-deliveries', endpoint.id] });
  const redeliver = useMutation({
    mutationFn: (id: string) => api.webhookDeliveries.redeliver({ path: { delivery_id: id } }),
    onSuccess: () => {
      setNotice(t('webhooks.redelivered'));
      void refresh();
    },
  });
  const ping = useMutation({
    mutationFn: () => api.webhookEndpoints.ping({ path: { endpoint_id: endpoint.id } }),
    onSuccess: () => {
      setNotice(t('webhooks.pinged'));
      void refresh();
    },
  });
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={700} component="h3">
          {t('webhooks.deliveriesOf', { url: endpoint.url })}
        </Text>
        <Button
          size="xs"
          variant="default"
          disabled={!mayManage}
          loading={ping.isPending}
          onClick={() => ping.mutate()}
        >
          {t('webhooks.ping')}
        </Button>
      </Group>
      <Notice text={notice} />
      <ProblemAlert error={redeliver.error ?? ping.error} />
      <CollectionTable
        query={deliveries as never}
        caption={t('webhooks.deliveries')}
        head={[
          t('webhooks.event'),
          t('webhooks.status'),
          t('webhooks.attempts'),
          t('webhooks.code'),
          t('webhooks.at'),
          t('actions'),
        ]}
      >
        {deliveries.items.map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td>
              <Code>{d.event_type}</Code>
            </Table.Td>
            <Table.Td>{d.status}</Table.Td>
            <Table.Td>{d.attempt_count}</Table.Td>
            <Table.Td>{d.last_status_code ?? d.last_error ?? '—'}</Table.Td>
            <Table.Td>{when(d.created_at)}</Table.Td>
            <Table.Td>
              <Button size="compact-xs" variant="default" disabled={!mayManage} onClick={() => redeliver.mutate(d.id)}>
                {t('webhooks.redeliver')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </CollectionTable>
    </Stack>
  );
}
