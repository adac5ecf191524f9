import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { useSession } from '../../api/session';
import { VirtualGrid } from '../../widgets/VirtualGrid';
import { VirtualRows } from '../../widgets/VirtualRows';
import { registerMessages } from '../messages';
import { messages } from './messages';
import { priceRange } from './prices';
import { type CatalogSearch, PRODUCT_STATUSES, parseCatalogSearch } from './routes';

registerMessages('catalog', messages);

const PAGE = 100;

/** Products as a list or a grid: search and status in the URL, cursor-paged, virtualised (never all at once). */
export function ProductsList() {
  const { t, i18n } = useTranslation('catalog');
  const lang = i18n.language;
  const session = useSession();
  const search = parseCatalogSearch(useSearch({ strict: false }) as Record<string, unknown>);
  const navigate = useNavigate();
  const setSearch = (next: CatalogSearch) => void navigate({ to: '/catalog', search: next as never, replace: true });
  const [q, setQ] = useState(search.q ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  const writer = can(session?.permissions ?? [], 'products:write');

  const products = useInfiniteQuery({
    queryKey: ['products', session?.workspace?.id, search.q, search.status],
    enabled: !!session?.workspace,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      session!.api.products.list({
        query: { limit: PAGE, cursor: pageParam, q: search.q, status: search.status },
        signal,
      }),
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
  const items = products.data?.pages.flatMap((p) => p.items) ?? [];
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = products;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const status = (s: string) => t(`statuses.${s}`);
  const price = (p: (typeof items)[number]) =>
    priceRange(
      p.variants.map((v) => v.price),
      p.currency,
      lang,
    );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('list.title')}</Title>
        <Group gap="xs">
          {writer && (
            <Button component={Link} to="/catalog/new" size="sm">
              {t('list.newProduct')}
            </Button>
          )}
          {can(session?.permissions ?? [], 'products:import') && (
            <Button component={Link} to="/catalog/import" size="sm" variant="default">
              {t('list.import')}
            </Button>
          )}
          {can(session?.permissions ?? [], 'stock:read') && (
            <Button component={Link} to="/catalog/stock" size="sm" variant="default">
              {t('list.stock')}
            </Button>
          )}
        </Group>
      </Group>
      <Group
        component="form"
        role="search"
        align="flex-end"
        gap="sm"
        onSubmit={(event) => {
          event.preventDefault();
          setSearch({ ...search, q: q.trim() || undefined });
        }}
      >
        <TextInput
          label={t('list.search')}
          placeholder={t('list.searchPlaceholder')}
          type="search"
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          w={220}
        />
        <Button type="submit" variant="default">
          {t('list.search')}
        </Button>
        <NativeSelect
          label={t('list.status')}
          value={search.status ?? ''}
          data={[
            { value: '', label: t('list.anyStatus') },
            ...PRODUCT_STATUSES.map((s) => ({ value: s, label: status(s) })),
          ]}
          onChange={(event) =>
            setSearch({ ...search, status: (event.currentTarget.value || undefined) as CatalogSearch['status'] })
          }
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="catalog-view">
            {t('list.view')}
          </Text>
          <SegmentedControl
            aria-labelledby="catalog-view"
            value={search.view ?? 'list'}
            data={[
              { value: 'list', label: t('list.asList') },
              { value: 'grid', label: t('list.asGrid') },
            ]}
            onChange={(value) => setSearch({ ...search, view: value === 'grid' ? 'grid' : undefined })}
          />
        </Stack>
      </Group>

      {products.isPending && <Loader role="status" aria-label={t('app.loading', { ns: 'translation' })} />}
      {products.isError && (
        <Alert color="red" role="alert" title={t('list.error')}>
          <Button size="xs" mt="xs" onClick={() => void products.refetch()}>
            {t('list.retry')}
          </Button>
        </Alert>
      )}
      {products.isSuccess && items.length === 0 && <Text>{t('list.empty')}</Text>}
      {items.length > 0 && search.view !== 'grid' && (
        <VirtualRows
          items={items}
          hasMore={!!hasNextPage}
          loadMore={loadMore}
          rowHeight={44}
          label={t('list.table')}
          columns={4}
          rowKey={(p) => p.id}
          head={
            <tr>
              <th scope="col">{t('list.name')}</th>
              <th scope="col">{t('list.status')}</th>
              <th scope="col">{t('list.variants')}</th>
              <th scope="col">{t('list.price')}</th>
            </tr>
          }
          row={(p) => (
            <>
              <td>
                <Anchor component={Link} to={`/catalog/${p.id}`} fw={600}>
                  {p.name}
                </Anchor>
              </td>
              <td>{status(p.status)}</td>
              <td>{p.variants.map((v) => v.sku).join(', ')}</td>
              <td style={{ whiteSpace: 'nowrap' }}>{price(p)}</td>
            </>
          )}
        />
      )}
      {items.length > 0 && search.view === 'grid' && (
        <VirtualGrid
          items={items}
          hasMore={!!hasNextPage}
          loadMore={loadMore}
          minCardWidth={200}
          rowHeight={132}
          label={t('list.grid')}
          cardKey={(p) => p.id}
          card={(p) => (
            <Paper withBorder p="sm" radius="md" h="100%">
              <Stack gap={4}>
                <Anchor component={Link} to={`/catalog/${p.id}`} fw={600} lineClamp={2}>
                  {p.name}
                </Anchor>
                <Text size="sm">{price(p)}</Text>
                <Group gap={4}>
                  <Badge variant="light" c="dark.8" size="sm">
                    {status(p.status)}
                  </Badge>
                  <Text size="xs">{t('list.variantCount', { count: p.variants.length })}</Text>
                </Group>
              </Stack>
            </Paper>
          )}
        />
      )}
      <Text size="sm" role="status" aria-live="polite">
        {products.isSuccess && items.length > 0
          ? t(hasNextPage ? 'list.shownMore' : 'list.shown', { count: items.length })
          : ''}
      </Text>
    </Stack>
  );
}
