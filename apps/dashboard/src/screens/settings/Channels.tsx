import { Badge, Code, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { registerMessages } from '../messages';
import { messages } from './messages';
import { CollectionTable, Heading, useCollection } from './ui';

registerMessages('settings', messages);

/** The workspace's WhatsApp channels and their status (GET /channels, channels:manage). */
export function Channels() {
  const { t } = useTranslation('settings');
  const session = useSession();
  const channels = useCollection(['channels'], (cursor, signal) =>
    session!.api.channels.list({ query: { limit: 50, cursor }, signal }),
  );
  return (
    <Stack>
      <Heading>{t('channels.title')}</Heading>
      <CollectionTable
        query={channels as never}
        caption={t('channels.title')}
        head={[
          t('channels.name'),
          t('channels.kind'),
          t('channels.status'),
          t('channels.credentials'),
          t('channels.webhook'),
        ]}
      >
        {channels.items.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>{c.name}</Table.Td>
            <Table.Td>{c.kind}</Table.Td>
            <Table.Td>
              <Badge
                size="sm"
                color={c.status === 'active' ? 'blue.9' : 'dark'}
                variant={c.status === 'active' ? 'filled' : 'outline'}
              >
                {t(`channels.${c.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td>{c.credentials_set.join(', ') || '—'}</Table.Td>
            <Table.Td>{c.webhook_path ? <Code>{c.webhook_path}</Code> : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </CollectionTable>
    </Stack>
  );
}
