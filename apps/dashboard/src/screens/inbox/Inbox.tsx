import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Outlet, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { registerMessages } from '../messages';
import { ConversationList } from './ConversationList';
import { messages } from './messages';
import { type FeedState, useFeed } from './realtime';
import { FILTERS, type Filter } from './types';

registerMessages('inbox', messages);

const POLL_MS = 10_000;

/** The inbox: filters, the conversation list and the open conversation, kept live over /ws. */
export function Inbox() {
  const { t } = useTranslation('inbox');
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { filter } = useSearch({ strict: false }) as { filter: Filter };
  const { id } = useParams({ strict: false }) as { id?: string };
  const wide = useMediaQuery('(min-width: 48em)', true);
  // Any conversation event (or a resumed feed) refreshes what the inbox shows: the list and the chat.
  const feed = useFeed(session, (event) => {
    if (event.type.startsWith('conversations.') || event.type === 'feed.resumed')
      void queryClient.invalidateQueries({ queryKey: ['inbox'] });
  });

  // Without the feed (dropped, or not granted) the inbox refreshes itself every few seconds instead.
  useEffect(() => {
    if (feed === 'live' || feed === 'connecting') return;
    const timer = setInterval(() => void queryClient.invalidateQueries({ queryKey: ['inbox'] }), POLL_MS);
    return () => clearInterval(timer);
  }, [feed, queryClient]);

  const list = (
    <Stack gap="xs">
      <Group gap={4} role="group" aria-label={t('filter')}>
        {FILTERS.map((f) => (
          <Button
            key={f}
            size="compact-sm"
            variant={f === filter ? 'filled' : 'default'}
            aria-pressed={f === filter}
            onClick={() => void navigate({ to: '.', search: { filter: f } })}
          >
            {t(`filters.${f}`)}
          </Button>
        ))}
      </Group>
      <ConversationList filter={filter} selected={id} />
    </Stack>
  );

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('title')}</Title>
        <FeedBadge state={feed} />
      </Group>
      {wide ? (
        <Group align="flex-start" wrap="nowrap" gap="md">
          <Paper withBorder p="xs" w={340} miw={260} component="section" aria-label={t('list')}>
            {list}
          </Paper>
          <div style={{ flex: 1, minWidth: 0 }}>
            <Outlet />
          </div>
        </Group>
      ) : id ? (
        <Outlet />
      ) : (
        <section aria-label={t('list')}>{list}</section>
      )}
    </Stack>
  );
}

/** Whether the live feed is up, announced politely when it changes (the dot is decoration). */
function FeedBadge({ state }: { state: FeedState }) {
  const { t } = useTranslation('inbox');
  const dot =
    state === 'live'
      ? 'var(--mantine-color-green-7)'
      : state === 'reconnecting'
        ? 'var(--mantine-color-orange-7)'
        : 'var(--mantine-color-gray-6)';
  return (
    <Text role="status" aria-live="polite" data-feed={state} size="sm" fw={600}>
      <span aria-hidden="true" style={{ color: dot }}>
        ●{' '}
      </span>
      {t(state === 'off' ? 'polling' : state)}
    </Text>
  );
}

/** The inbox with no conversation open (on a wide screen, beside the list). */
export function PickOne() {
  const { t } = useTranslation('inbox');
  return (
    <Paper withBorder p="lg">
      <Text>{t('pick')}</Text>
    </Paper>
  );
}
