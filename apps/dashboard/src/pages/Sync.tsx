import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session';
import { formatDateTime } from '../format';
import '../offline/messages';
import { CONFLICT_BG } from '../offline/OfflineStatus';
import { discard, type OutboxEntry, type ReplayReport, replay, settle } from '../offline/outbox';
import { useOutbox, writerOf } from '../offline/use-outbox';

/** The top-level fields of a body or resource worth showing side by side (scalars only). */
function fields(value: unknown): [string, string][] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
    .map(([k, v]) => [k, v === null ? '—' : String(v)]);
}

function Fields({ title, value, empty }: { title: string; value: unknown; empty: string }) {
  const { t } = useTranslation('offline');
  const rows = fields(value);
  return (
    <Card withBorder padding="sm">
      <Text fw={700} component="h3" size="sm" mb={4}>
        {title}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm">{empty}</Text>
      ) : (
        <dl className="fields">
          {rows.map(([k, v]) => (
            <div key={k}>
              <dt>{t(`fields.${k}`, { defaultValue: k })}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
    </Card>
  );
}

/** /sync: the changes made offline — waiting, in conflict (theirs / mine) or refused. */
export function Sync() {
  const { t, i18n } = useTranslation('offline');
  const session = useSession();
  const entries = useOutbox(session);
  const [busy, setBusy] = useState<string | null>(null);
  const [report, setReport] = useState<ReplayReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const writer = session && writerOf(session);
  if (!writer) return null;

  const act = async (key: string, action: () => Promise<unknown>) => {
    setBusy(key);
    setError(null);
    try {
      await action();
      await queryClient.invalidateQueries();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setBusy(null);
    }
  };
  const label = (entry: OutboxEntry) =>
    t(`labels.${entry.label.key}`, { path: entry.path, ...entry.label.values, defaultValue: entry.path });
  const state = { queued: t('stateQueued'), conflict: t('stateConflict'), failed: t('stateFailed') };

  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <Text>{t('intro')}</Text>
      <Group>
        <Button
          loading={busy === 'replay'}
          disabled={!entries.some((entry) => entry.state === 'queued')}
          onClick={() => act('replay', async () => setReport(await replay(writer)))}
        >
          {t('sendNow')}
        </Button>
      </Group>
      <div role="status" aria-live="polite">
        {report && <Text size="sm">{t('sentReport', report)}</Text>}
      </div>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {entries.length === 0 && <Text>{t('empty')}</Text>}
      {entries.map((entry) => (
        <Card key={entry.id} withBorder component="section" aria-labelledby={`entry-${entry.id}`}>
          <Stack gap="xs">
            <Group justify="space-between" wrap="wrap">
              <Text fw={700} component="h2" id={`entry-${entry.id}`}>
                {label(entry)}
              </Text>
              <Badge variant="filled" bg={entry.state === 'queued' ? '#1864ab' : CONFLICT_BG} c="white">
                {state[entry.state]}
              </Badge>
            </Group>
            <Text size="sm">{t('made', { when: formatDateTime(entry.createdAt, i18n.language) })}</Text>
            {entry.problem?.detail && <Text size="sm">{entry.problem.detail}</Text>}
            {entry.state === 'conflict' && (
              <>
                <Text size="sm">{t('conflictHint')}</Text>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <Fields title={t('theirs')} value={entry.theirs} empty={t('unknown')} />
                  <Fields title={t('mine')} value={entry.input?.body} empty={t('unknown')} />
                </SimpleGrid>
                <Group>
                  <Button
                    variant="default"
                    loading={busy === `${entry.id}:theirs`}
                    onClick={() => act(`${entry.id}:theirs`, () => settle(writer, entry, 'theirs'))}
                  >
                    {t('keepTheirs')}
                  </Button>
                  <Button
                    loading={busy === `${entry.id}:mine`}
                    onClick={() => act(`${entry.id}:mine`, () => settle(writer, entry, 'mine'))}
                  >
                    {t('keepMine')}
                  </Button>
                </Group>
              </>
            )}
            {entry.state !== 'conflict' && (
              <Group>
                <Button
                  variant="default"
                  loading={busy === `${entry.id}:discard`}
                  onClick={() => act(`${entry.id}:discard`, () => discard(entry))}
                >
                  {t('discard')}
                </Button>
              </Group>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
