import { Alert, Anchor, Button, Group, Loader, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { count, money } from '../../format';
import { VirtualRows } from '../../widgets/VirtualRows';
import { registerMessages } from '../messages';
import { messages } from './messages';
import { ORDER_STATUSES, type OrdersSearch, parseOrdersSearch } from './routes';
import { StatusBadge } from './StatusBadge';

registerMessages('orders', messages);

const PAGE = 50;

/** The orders, newest first: a status filter and an order-number search in the URL, cursor-paged, virtualised. */
export function OrdersList() {
  const { t, i18n } = useTranslation('orders');
  const lang = i18n.language;
  const session = useSession();
  const search = parseOrdersSearch(useSearch({ strict: false }) as Record<string, unknown>);
  const navigate = useNavigate();
  const setSearch = (next: OrdersSearch) => void navigate({ to: '/orders', search: next as never, replace: true });
  const [number, setNumber] = useState(search.number ? String(search.number) : '');
  useEffect(() => setNumber(search.number ? String(search.number) : ''), [search.number]);

  const orders = useInfiniteQuery({
    queryKey: ['orders', session?.workspace?.id, search],
    enabled: !!session?.workspace,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      session!.api.orders.list({ query: { limit: PAGE, cursor: pageParam, ...search }, signal }),
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
  const items = orders.data?.pages.flatMap((p) => p.items) ?? [];
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = orders;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <Stack>
      <Title order={1}>{t('list.title')}</Title>
      <Group
        component="form"
        role="search"
        align="flex-end"
        gap="sm"
        onSubmit={(event) => {
          event.preventDefault();
          const n = Number(number);
          setSearch({ ...search, number: Number.isInteger(n) && n > 0 ? n : undefined });
        }}
      >
        <NativeSelect
          label={t('list.status')}
          value={search.status ?? ''}
          data={[
            { value: '', label: t('list.anyStatus') },
            ...ORDER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`, { ns: 'translation' }) })),
          ]}
          onChange={(event) =>
            setSearch({ ...search, status: (event.currentTarget.value || undefined) as OrdersSearch['status'] })
          }
        />
        <TextInput
          label={t('list.search')}
          placeholder={t('list.searchPlaceholder')}
          inputMode="numeric"
          type="search"
          value={number}
          onChange={(event) => setNumber(event.currentTarget.value.replace(/\D/g, ''))}
          w={160}
        />
        <Button type="submit" variant="default">
          {t('list.search')}
        </Button>
      </Group>

      {orders.isPending && <Loader role="status" aria-label={t('app.loading', { ns: 'translation' })} />}
      {orders.isError && (
        <Alert color="red" role="alert" title={t('list.error')}>
          <Button size="xs" mt="xs" onClick={() => void orders.refetch()}>
            {t('list.retry')}
          </Button>
        </Alert>
      )}
      {orders.isSuccess && items.length === 0 && <Text>{t('list.empty')}</Text>}
      {items.length > 0 && (
        <VirtualRows
          items={items}
          hasMore={!!hasNextPage}
          loadMore={loadMore}
          rowHeight={44}
          label={t('list.table')}
          columns={5}
          rowKey={(o) => o.id}
          head={
            <tr>
              <th scope="col">{t('list.number')}</th>
              <th scope="col">{t('list.status')}</th>
              <th scope="col">{t('list.items')}</th>
              <th scope="col">{t('list.total')}</th>
              <th scope="col">{t('list.created')}</th>
            </tr>
          }
          row={(o) => (
            <>
              <td>
                <Anchor component={Link} to={`/orders/${o.id}`} fw={600}>
                  #{o.number}
                </Anchor>
              </td>
              <td>
                <StatusBadge status={o.status} />
              </td>
              <td>
                {count(
                  o.lines.reduce((n, l) => n + l.quantity, 0),
                  lang,
                )}
              </td>
              <td style={{ whiteSpace: 'nowrap' }}>{money(o.total, o.currency, lang)}</td>
              <td style={{ whiteSpace: 'nowrap' }}>
                {new Date(o.created_at).toLocaleString(lang, { dateStyle: 'short', timeStyle: 'short' })}
              </td>
            </>
          )}
        />
      )}
      <Text size="sm" role="status" aria-live="polite">
        {orders.isSuccess && items.length > 0
          ? t(hasNextPage ? 'list.shownMore' : 'list.shown', { count: items.length })
          : ''}
        {isFetchingNextPage && <Loader size="xs" ml="xs" aria-hidden />}
      </Text>
    </Stack>
  );
}
