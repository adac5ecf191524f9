import { Alert, Button, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session';
import type { Overview } from '../api/types';
import { count, duration, money } from '../format';
import { Heatmap } from '../widgets/Heatmap';
import { Figures, StatCard } from '../widgets/StatCard';

// The charts library is the heaviest dependency: its own chunk, fetched after the figures.
const SalesChart = lazy(() => import('../widgets/SalesChart').then((m) => ({ default: m.SalesChart })));

/** The workspace at a glance, from GET /workspaces/{id}/overview. */
export function Home() {
  const { t } = useTranslation();
  const session = useSession();
  const workspace = session?.workspace;
  const overview = useQuery({
    queryKey: ['overview', workspace?.id],
    enabled: !!session && !!workspace,
    queryFn: ({ signal }) => session!.api.workspaces.overview.get({ path: { workspace_id: workspace!.id }, signal }),
  });

  return (
    <Stack>
      <Title order={1}>{t('home.title')}</Title>
      {!workspace && <Text>{t('home.noWorkspace')}</Text>}
      {overview.isPending && workspace && <Loader role="status" aria-label={t('app.loading')} />}
      {overview.isError && (
        <Alert color="red" role="alert" title={t('home.error')}>
          <Button size="xs" mt="xs" onClick={() => void overview.refetch()}>
            {t('home.retry')}
          </Button>
        </Alert>
      )}
      {overview.data && <OverviewFigures overview={overview.data} modules={workspace?.settings.modules ?? []} />}
    </Stack>
  );
}

function OverviewFigures({ overview, modules }: { overview: Overview; modules: string[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { shop, clinic, inbox } = overview;
  // A null section: the workspace does not use it, or the member's role does not reach it.
  const shopMissing = shop ? null : modules.includes('shop') ? t('home.noAccess') : t('home.noShop');
  const clinicMissing = clinic ? null : modules.includes('clinic') ? t('home.noAccess') : t('home.noClinic');
  const byStatus = (counts: Record<string, number>) =>
    Object.entries(counts).map(([status, n]) => ({
      label: t(`status.${status}` as 'status.draft', { defaultValue: status }),
      value: count(n, lang),
    }));
  const empty = (counts: Record<string, number> | undefined) =>
    counts && Object.keys(counts).length === 0 ? t('home.none') : null;

  const salesCurrencies = [...new Set((shop?.sales_by_day ?? []).map((d) => d.currency))];
  return (
    <Stack>
      <Text size="sm">{t('home.asOf', { date: overview.date, timezone: overview.timezone })}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <StatCard
          title={t('home.salesToday')}
          placeholder={
            shopMissing ??
            (shop?.sales_today === null ? t('home.noAccess') : shop?.sales_today.length ? null : t('home.noSales'))
          }
        >
          {shop?.sales_today?.map((s) => (
            <Text key={s.currency} size="xl" fw={700} data-figure="sales-today">
              {money(s.amount_minor, s.currency, lang)}
            </Text>
          ))}
        </StatCard>
        <StatCard title={t('home.ordersToday')} placeholder={shopMissing ?? empty(shop?.orders_today)}>
          {shop && <Figures rows={byStatus(shop.orders_today)} />}
        </StatCard>
        <StatCard
          title={t('home.lowStock')}
          placeholder={shopMissing ?? (shop?.low_stock === null ? t('home.noAccess') : null)}
        >
          <Text size="xl" fw={700} data-figure="low-stock">
            {count(shop?.low_stock ?? 0, lang)}
          </Text>
          <Text size="sm">{t('home.lowStockHint')}</Text>
        </StatCard>
        <StatCard title={t('home.appointments')} placeholder={clinicMissing ?? empty(clinic?.appointments)}>
          {clinic && <Figures rows={byStatus(clinic.appointments)} />}
        </StatCard>
        <StatCard title={t('home.queue')} placeholder={clinicMissing ?? empty(clinic?.queue)}>
          {clinic && <Figures rows={byStatus(clinic.queue)} />}
        </StatCard>
        <StatCard title={t('home.inbox')} placeholder={inbox ? null : t('home.noAccess')}>
          {inbox && (
            <Figures
              rows={[
                { label: t('home.open'), value: count(inbox.open, lang) },
                { label: t('home.awaitingHandoff'), value: count(inbox.awaiting_handoff, lang) },
                { label: t('home.handledByMember'), value: count(inbox.handled_by_member, lang) },
                { label: t('home.unread'), value: count(inbox.unread, lang) },
              ]}
            />
          )}
        </StatCard>
        <StatCard
          title={t('home.checkout')}
          placeholder={shopMissing ?? (shop?.checkout_time.p95_ms == null ? t('home.noCheckouts') : null)}
        >
          {shop?.checkout_time.p95_ms != null && (
            <>
              <Figures
                rows={[
                  { label: 'p95', value: duration(shop.checkout_time.p95_ms, lang) },
                  { label: 'p50', value: duration(shop.checkout_time.p50_ms ?? 0, lang) },
                ]}
              />
              <Text size="sm">{t('home.checkoutHint', { samples: shop.checkout_time.samples })}</Text>
            </>
          )}
        </StatCard>
      </SimpleGrid>
      {shop && (
        <Paper withBorder p="md" radius="md">
          <Heatmap cells={shop.orders_heatmap.cells} weeks={shop.orders_heatmap.weeks} />
        </Paper>
      )}
      {shop && (
        <StatCard
          title={t('home.sales7d')}
          placeholder={
            shop.sales_by_day === null ? t('home.noAccess') : salesCurrencies.length ? null : t('home.noSales')
          }
        >
          <Suspense fallback={<Loader role="status" aria-label={t('app.loading')} />}>
            {salesCurrencies.map((currency) => (
              <SalesChart
                key={currency}
                currency={currency}
                days={(shop.sales_by_day ?? []).filter((d) => d.currency === currency)}
              />
            ))}
          </Suspense>
        </StatCard>
      )}
    </Stack>
  );
}
