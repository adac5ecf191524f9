import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { problemText } from '../../api/problem-text';
import { useSession } from '../../api/session';
import { registerMessages } from '../messages';
import styles from './Inbox.module.css';
import { MessageItem } from './MessageItem';
import { messages } from './messages';
import { ReplyForm } from './ReplyForm';
import type { Filter } from './types';

registerMessages('inbox', messages);

/** One conversation: its messages (newest at the bottom), take over / hand back, and the reply form. */
export function Chat() {
  const { t } = useTranslation('inbox');
  const session = useSession();
  const queryClient = useQueryClient();
  const { id } = useParams({ strict: false }) as { id: string };
  const { filter } = useSearch({ strict: false }) as { filter: Filter };
  const api = session!.api;
  const mayWrite = can(session?.permissions ?? [], 'conversations:write');
  const [notice, setNotice] = useState<string | null>(null);

  const conversation = useQuery({
    queryKey: ['inbox', 'conversation', id],
    queryFn: ({ signal }) => api.conversations.get({ path: { conversation_id: id }, signal }),
  });
  const history = useInfiniteQuery({
    queryKey: ['inbox', 'messages', id],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      api.conversations.messages.list({
        path: { conversation_id: id },
        query: { limit: 50, cursor: pageParam },
        signal,
      }),
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });

  // Opening it reads it: the unread count goes back to 0 (the list follows over the feed).
  const unread = conversation.data?.unread_count ?? 0;
  useEffect(() => {
    if (unread > 0 && mayWrite)
      void api.conversations
        .update({ path: { conversation_id: id }, body: { read: true } })
        .then(() => queryClient.invalidateQueries({ queryKey: ['inbox'] }))
        .catch(() => undefined);
  }, [unread, id, api, mayWrite, queryClient]);

  const move = useMutation({
    mutationFn: (to: 'take' | 'return') =>
      to === 'take'
        ? api.conversations.takeOver({ path: { conversation_id: id }, body: {} })
        : api.conversations.returnToAgent({ path: { conversation_id: id }, body: {} }),
    onSuccess: (updated, to) => {
      queryClient.setQueryData(['inbox', 'conversation', id], updated);
      setNotice(t(to === 'take' ? 'tookOver' : 'handedBack'));
      void queryClient.invalidateQueries({ queryKey: ['inbox', 'list'] });
    },
  });

  if (conversation.isPending) return <Loader role="status" aria-label={t('app.loading', { ns: 'translation' })} />;
  if (conversation.isError)
    return (
      <Alert color="red" role="alert">
        {problemText(conversation.error)}
      </Alert>
    );
  const c = conversation.data;
  const items = (history.data?.pages.flatMap((p) => p.items) ?? []).slice().reverse();
  const byMember = c.handled_by === 'member';

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="chat-title">
      <Stack gap="sm">
        <Anchor component={Link} to="/inbox" search={{ filter } as never} size="sm" hiddenFrom="sm">
          {t('back')}
        </Anchor>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Title order={2} size="h4" id="chat-title">
              {c.contact_address}
            </Title>
            <Group gap={4}>
              {c.handoff_requested_at && (
                <Badge size="sm" maw="100%" tt="none" color="red.9" data-badge="handoff">
                  {t('handoff')}
                </Badge>
              )}
              <Badge size="sm" maw="100%" tt="none" color="dark" variant="outline" data-handled-by={c.handled_by}>
                {t(byMember ? 'byMember' : 'byAgent')}
              </Badge>
            </Group>
          </Stack>
          <Tooltip label={t('needsWrite')} disabled={mayWrite}>
            <Button
              size="xs"
              variant={byMember ? 'default' : 'filled'}
              loading={move.isPending}
              disabled={!mayWrite}
              onClick={() => move.mutate(byMember ? 'return' : 'take')}
            >
              {t(byMember ? 'handBack' : 'takeOver')}
            </Button>
          </Tooltip>
        </Group>
        <div role="status" aria-live="polite">
          {notice && <Text size="sm">{notice}</Text>}
        </div>
        {move.isError && (
          <Alert color="red" role="alert">
            {problemText(move.error)}
          </Alert>
        )}
        {history.hasNextPage && (
          <Button
            variant="subtle"
            size="xs"
            loading={history.isFetchingNextPage}
            onClick={() => void history.fetchNextPage()}
          >
            {t('older')}
          </Button>
        )}
        <div
          role="log"
          aria-label={t('transcript', { contact: c.contact_address })}
          className={styles.scroll}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take keyboard focus to scroll (WCAG 2.1.1).
          tabIndex={0}
        >
          <ol className={styles.transcript}>
            {items.map((m) => (
              <MessageItem key={m.id} message={m} />
            ))}
          </ol>
        </div>
        {history.isPending && <Loader size="sm" role="status" aria-label={t('app.loading', { ns: 'translation' })} />}
        <ReplyForm conversationId={id} mayWrite={mayWrite} />
      </Stack>
    </Paper>
  );
}
