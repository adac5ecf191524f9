import { Alert, Badge, Button, Group, Loader, Stack, Text, UnstyledButton } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { VirtualList } from '../../widgets/VirtualList';
import styles from './Inbox.module.css';
import type { Conversation, Filter } from './types';
import { queryOf } from './types';

const PAGE = 50;

/** The conversations of a filter, newest first, cursor-paged and virtualised (the next page loads on scroll). */
export function ConversationList({ filter, selected }: { filter: Filter; selected: string | undefined }) {
  const { t } = useTranslation('inbox');
  const session = useSession();
  const me = session?.me.id ?? '';
  const pages = useInfiniteQuery({
    queryKey: ['inbox', 'list', session?.workspace?.id, filter],
    enabled: !!session?.workspace,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      session!.api.conversations.list({ query: { ...queryOf(filter, me), limit: PAGE, cursor: pageParam }, signal }),
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (pages.isPending) return <Loader role="status" aria-label={t('app.loading', { ns: 'translation' })} />;
  if (pages.isError)
    return (
      <Alert color="red" role="alert" title={t('error')}>
        <Button size="xs" mt="xs" onClick={() => void pages.refetch()}>
          {t('retry')}
        </Button>
      </Alert>
    );
  const items = pages.data.pages.flatMap((p) => p.items);
  return (
    <Stack gap={4}>
      {items.length === 0 && <Text size="sm">{t('empty')}</Text>}
      <VirtualList
        items={items}
        hasMore={!!hasNextPage}
        loadMore={loadMore}
        itemHeight={84}
        label={t('list')}
        regionLabel={t('listScroll')}
        className={styles.list}
        height="65vh"
        itemKey={(c) => c.id}
        item={(c) => <Row conversation={c} current={c.id === selected} filter={filter} />}
      />
      {isFetchingNextPage && <Loader size="sm" role="status" aria-label={t('app.loading', { ns: 'translation' })} />}
    </Stack>
  );
}

function Row({ conversation: c, current, filter }: { conversation: Conversation; current: boolean; filter: Filter }) {
  const { t, i18n } = useTranslation('inbox');
  const when = c.last_message_at
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(
        new Date(c.last_message_at),
      )
    : '';
  return (
    <UnstyledButton
      component={Link}
      to={`/inbox/${c.id}` as '/'}
      search={{ filter } as never}
      aria-current={current ? 'page' : undefined}
      className={styles.row}
      data-conversation={c.id}
      p="xs"
      w="100%"
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text fw={c.unread_count > 0 ? 700 : 500} size="sm" truncate miw={0}>
          {c.contact_address}
        </Text>
        <Text size="xs" c="gray.8" style={{ whiteSpace: 'nowrap' }}>
          {when}
        </Text>
      </Group>
      <Text size="sm" truncate c="gray.8">
        {c.last_message_preview ?? t('noPreview')}
      </Text>
      <Group gap={4} mt={4}>
        {c.unread_count > 0 && (
          <Badge size="sm" maw="100%" tt="none" color="blue.9" data-badge="unread">
            {t('unread', { count: c.unread_count })}
          </Badge>
        )}
        {c.handoff_requested_at && (
          <Badge size="sm" maw="100%" tt="none" color="red.9" data-badge="handoff">
            {t('handoff')}
          </Badge>
        )}
        {c.handled_by === 'member' && (
          <Badge size="sm" maw="100%" tt="none" color="dark" variant="outline">
            {t('byMember')}
          </Badge>
        )}
      </Group>
    </UnstyledButton>
  );
}
