import { Alert, Anchor, Badge, Button, Checkbox, Grid, Loader, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { count } from '../../format';
import { VirtualRows } from '../../widgets/VirtualRows';
import { registerMessages } from '../messages';
import { messages } from './messages';
import { StockAdjust } from './StockAdjust';
import type { StockLevel } from './types';

registerMessages('catalog', messages);

const PAGE = 100;

/** Stock levels (cursor-paged, virtualised) with the low-stock alert; a variant's adjustment form and movements. */
export function StockOverview() {
  const { t, i18n } = useTranslation('catalog');
  const lang = i18n.language;
  const session = useSession();
  const [lowOnly, setLowOnly] = useState(false);
  const [selected, setSelected] = useState<StockLevel | null>(null);
  const ws = session?.workspace?.id;
  const stock = useInfiniteQuery({
    queryKey: ['stock', ws, lowOnly],
    enabled: !!ws,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      session!.api.stock.list({
        query: { limit: PAGE, cursor: pageParam, ...(lowOnly ? { low: 'true' } : {}) },
        signal,
      }),
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
  const low = useQuery({
    queryKey: ['stock', ws, 'low-count'],
    enabled: !!ws,
    queryFn: ({ signal }) => session!.api.stock.list({ query: { low: 'true', limit: 200 }, signal }),
  });
  const items = stock.data?.pages.flatMap((p) => p.items) ?? [];
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = stock;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  // The chosen level as last read: a refetch (after changes made offline were sent) moves it on.
  const fresh = selected && items.find((i) => i.variant_id === selected.variant_id);
  const current = fresh && selected && fresh.version > selected.version ? fresh : selected;
  const lowCount = low.data ? `${low.data.items.length}${low.data.next_cursor ? '+' : ''}` : null;

  return (
    <Stack>
      <Anchor component={Link} to="/catalog" size="sm">
        ← {t('stock.back')}
      </Anchor>
      <Title order={1}>{t('stock.title')}</Title>
      {lowCount !== null && (
        <Alert color={lowCount === '0' ? 'green' : 'orange'} variant="light" data-low-count={lowCount}>
          <Text size="sm" c="dark.8">
            {lowCount === '0' ? t('stock.noLow') : t('stock.lowAlert', { count: lowCount as unknown as number })}
          </Text>
        </Alert>
      )}
      <Checkbox label={t('stock.lowOnly')} checked={lowOnly} onChange={(e) => setLowOnly(e.currentTarget.checked)} />
      <Grid>
        <Grid.Col span={{ base: 12, lg: selected ? 7 : 12 }}>
          {stock.isPending && <Loader role="status" aria-label={t('app.loading', { ns: 'translation' })} />}
          {stock.isError && <Alert color="red" role="alert" title={t('stock.error')} />}
          {stock.isSuccess && items.length === 0 && <Text>{t('stock.empty')}</Text>}
          {items.length > 0 && (
            <VirtualRows
              items={items}
              hasMore={!!hasNextPage}
              loadMore={loadMore}
              rowHeight={44}
              label={t('stock.table')}
              columns={6}
              rowKey={(s) => s.variant_id}
              head={
                <tr>
                  <th scope="col">{t('stock.product')}</th>
                  <th scope="col">{t('stock.sku')}</th>
                  <th scope="col">{t('stock.onHand')}</th>
                  <th scope="col">{t('stock.available')}</th>
                  <th scope="col">{t('stock.threshold')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('stock.adjust')}</span>
                  </th>
                </tr>
              }
              row={(s) => (
                <>
                  <td>
                    {s.product_name}
                    {s.variant_name ? ` · ${s.variant_name}` : ''}
                    {s.low && (
                      <Badge color="orange" variant="light" c="dark.8" ml={6} size="sm">
                        {t('stock.low')}
                      </Badge>
                    )}
                  </td>
                  <td>{s.sku}</td>
                  <td data-on-hand={s.sku}>{count(s.on_hand, lang)}</td>
                  <td>{count(s.available, lang)}</td>
                  <td>{count(s.low_stock_threshold, lang)}</td>
                  <td>
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={`${t('stock.adjust')} ${s.sku}`}
                      onClick={() => setSelected(s)}
                    >
                      {t('stock.adjust')}
                    </Button>
                  </td>
                </>
              )}
            />
          )}
          <Text size="sm" role="status" aria-live="polite">
            {stock.isSuccess && items.length > 0 ? t('stock.shown', { count: items.length }) : ''}
          </Text>
        </Grid.Col>
        {current && session && (
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <StockAdjust key={current.variant_id} session={session} level={current} onSaved={setSelected} />
          </Grid.Col>
        )}
      </Grid>
    </Stack>
  );
}
