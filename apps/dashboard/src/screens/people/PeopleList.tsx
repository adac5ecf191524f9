import { Alert, Badge, Button, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ItemOf, operations } from '@nexova/client';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { useSession } from '../../api/session';
import { ProblemAlert } from '../clinic-kit/problem';
import { registerMessages } from '../messages';
import { messages } from './messages';

registerMessages('people', messages);

export type Person = ItemOf<operations['listCustomers']>;
const PAGE = 50;
const ROW = 64;

/** The people directory: search by name (fuzzy) or a whole phone, e-mail or document; cursor-paged, virtualised. */
export function PeopleList() {
  const { t } = useTranslation('people');
  const session = useSession();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { q?: string };
  const [text, setText] = useState(search.q ?? '');
  const [q] = useDebouncedValue(text.trim(), 300);
  const allowed = can(session?.permissions ?? [], 'customers:read');

  useEffect(() => {
    if ((search.q ?? '') !== q) void navigate({ to: '.', search: q ? { q } : {}, replace: true });
  }, [q, search.q, navigate]);

  const people = useInfiniteQuery({
    queryKey: ['people', session?.workspace?.id, q],
    enabled: !!session && allowed,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      session!.api.customers.list({ query: { q: q || undefined, limit: PAGE, cursor: pageParam }, signal }),
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
  const items = people.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      {!allowed ? (
        <Alert color="gray">{t('noAccess')}</Alert>
      ) : (
        <>
          <TextInput
            type="search"
            label={t('search')}
            description={t('searchHint')}
            styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            maw={480}
          />
          <Text size="sm" role="status" aria-live="polite">
            {people.isSuccess
              ? items.length
                ? t('results', { count: items.length })
                : q
                  ? t('empty')
                  : t('emptyAll')
              : ''}
          </Text>
          {people.isPending && <Loader role="status" aria-label={t('loading')} />}
          {people.isError && <ProblemAlert error={people.error} fallback={t('error')} />}
          {items.length > 0 && (
            <VirtualList
              items={items}
              hasMore={!!people.hasNextPage}
              loadingMore={people.isFetchingNextPage}
              onMore={() => void people.fetchNextPage()}
            />
          )}
        </>
      )}
    </Stack>
  );
}

function VirtualList(props: { items: Person[]; hasMore: boolean; loadingMore: boolean; onMore: () => void }) {
  const { t } = useTranslation('people');
  const scroller = useRef<HTMLDivElement>(null);
  const { items, hasMore, loadingMore, onMore } = props;
  const virtual = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 8,
  });
  const rows = virtual.getVirtualItems();
  const last = rows[rows.length - 1];
  // Nearing the end fetches the next page; the button below does the same from the keyboard.
  useEffect(() => {
    if (last && last.index >= items.length - 10 && hasMore && !loadingMore) onMore();
  }, [last, items.length, hasMore, loadingMore, onMore]);

  return (
    <>
      <section
        ref={scroller}
        aria-label={t('list')}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take keyboard focus to scroll (WCAG 2.1.1).
        tabIndex={0}
        style={{
          height: 'min(60vh, 640px)',
          overflow: 'auto',
          border: '1px solid var(--mantine-color-gray-3)',
          borderRadius: 8,
        }}
      >
        <ul style={{ height: virtual.getTotalSize(), position: 'relative', margin: 0, padding: 0, listStyle: 'none' }}>
          {rows.map((row) => {
            const person = items[row.index]!;
            return (
              <li
                key={person.id}
                aria-setsize={hasMore ? -1 : items.length}
                aria-posinset={row.index + 1}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW,
                  transform: `translateY(${row.start}px)`,
                }}
              >
                <Link
                  to={`/people/${person.id}`}
                  className="person-row"
                  style={{
                    display: 'block',
                    padding: '8px 12px',
                    height: ROW,
                    color: 'inherit',
                    textDecoration: 'none',
                  }}
                >
                  <Group gap="xs" wrap="nowrap">
                    <Text fw={600} truncate>
                      {person.name}
                    </Text>
                    {person.status === 'merged' && <Badge color="gray">{t('merged')}</Badge>}
                    {person.erased_at && <Badge color="gray">{t('erased')}</Badge>}
                  </Group>
                  <Text size="sm" c="gray.7" truncate>
                    {[person.phone, person.email].filter(Boolean).join(' · ') || '—'}
                  </Text>
                </Link>
              </li>
            );
          })}
        </ul>
      </section>
      {hasMore && (
        <Button variant="default" onClick={onMore} loading={loadingMore} w="fit-content">
          {t('more')}
        </Button>
      )}
    </>
  );
}
