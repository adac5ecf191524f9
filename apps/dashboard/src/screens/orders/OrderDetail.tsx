import { Alert, Anchor, Button, Grid, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../api/problems';
import { type Session, useSession } from '../../api/session';
import { money } from '../../format';
import { ScrollX } from '../../widgets/ScrollX';
import { registerMessages } from '../messages';
import { CheckoutSteps } from './CheckoutSteps';
import { messages } from './messages';
import { OrderActions } from './OrderActions';
import { OrderHistory } from './OrderHistory';
import { OrderPayments } from './OrderPayments';
import { StatusBadge } from './StatusBadge';
import type { Order } from './types';
import { useCheckout } from './use-checkout';

registerMessages('orders', messages);

/** One order: lines and totals, what can be done with it now, its history, checkout and payments. */
export function OrderDetail() {
  const { t } = useTranslation('orders');
  const session = useSession();
  const { id } = useParams({ strict: false }) as { id: string };
  const order = useQuery({
    queryKey: ['order', id],
    enabled: !!session?.workspace,
    queryFn: ({ signal }) => session!.api.orders.get({ path: { order_id: id }, signal }),
  });

  return (
    <Stack>
      <Anchor component={Link} to="/orders" size="sm">
        ← {t('detail.back')}
      </Anchor>
      {order.isPending && <Loader role="status" aria-label={t('app.loading', { ns: 'translation' })} />}
      {order.isError && (
        <>
          <Title order={1}>{t('list.title')}</Title>
          <Alert color="red" role="alert" title={t('detail.error')}>
            <Text size="sm">{problemMessage(order.error, '')}</Text>
            <Button size="xs" mt="xs" onClick={() => void order.refetch()}>
              {t('list.retry')}
            </Button>
          </Alert>
        </>
      )}
      {order.data && session && <Loaded session={session} order={order.data} />}
    </Stack>
  );
}

function Loaded({ session, order }: { session: Session; order: Order }) {
  const { t, i18n } = useTranslation('orders');
  const lang = i18n.language;
  // Bumped after an action that starts or ends a checkout, so its live follow restarts.
  const [revision, setRevision] = useState(0);
  const checkout = useCheckout(session, order.id, revision);
  const balance = useQuery({
    queryKey: ['order', order.id, 'balance', order.version],
    queryFn: ({ signal }) => session.api.orders.balance.get({ path: { order_id: order.id }, signal }),
  });
  const m = (minor: number) => money(minor, order.currency, lang);

  return (
    <>
      <Group justify="space-between" align="center">
        <Group gap="sm">
          <Title order={1}>{t('detail.title', { number: order.number })}</Title>
          <StatusBadge status={order.status} />
        </Group>
        <Text size="sm">
          {t('detail.created', {
            date: new Date(order.created_at).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' }),
          })}
        </Text>
      </Group>
      <OrderActions session={session} order={order} onDone={() => setRevision((r) => r + 1)} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="order-lines">
              <Title order={2} size="h4" id="order-lines" mb="xs">
                {t('detail.lines')}
              </Title>
              <ScrollX label={t('detail.lines')} minWidth={420}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('detail.product')}</Table.Th>
                      <Table.Th scope="col">{t('detail.sku')}</Table.Th>
                      <Table.Th scope="col" ta="end">
                        {t('detail.unitPrice')}
                      </Table.Th>
                      <Table.Th scope="col" ta="end">
                        {t('detail.quantity')}
                      </Table.Th>
                      <Table.Th scope="col" ta="end">
                        {t('detail.lineTotal')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {order.lines.map((line) => (
                      <Table.Tr key={line.id}>
                        <Table.Td>{line.name}</Table.Td>
                        <Table.Td>{line.sku}</Table.Td>
                        <Table.Td ta="end">{m(line.unit_price)}</Table.Td>
                        <Table.Td ta="end">{line.quantity}</Table.Td>
                        <Table.Td ta="end">{m(line.line_total)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollX>
              <Title order={3} size="h5" mt="md" mb={4}>
                {t('detail.totals')}
              </Title>
              <dl className="totals" data-testid="order-totals">
                <dt>{t('detail.subtotal')}</dt>
                <dd>{m(order.subtotal)}</dd>
                <dt>{t('detail.shipping')}</dt>
                <dd>{m(order.shipping_fee)}</dd>
                <dt>{t('detail.total')}</dt>
                <dd>
                  <strong>{m(order.total)}</strong>
                </dd>
                {balance.data && (
                  <>
                    <dt>{t('detail.paid')}</dt>
                    <dd>{m(balance.data.paid)}</dd>
                    <dt>{t('detail.balance')}</dt>
                    <dd data-figure="balance">{m(balance.data.balance)}</dd>
                  </>
                )}
              </dl>
              {order.delivery && (
                <Text size="sm" mt="sm">
                  <strong>{t('detail.delivery')}:</strong>{' '}
                  {order.delivery.method === 'pickup'
                    ? t('detail.pickup')
                    : [order.delivery.recipient, order.delivery.address, order.delivery.city]
                        .filter(Boolean)
                        .join(', ')}
                </Text>
              )}
              {order.notes && (
                <Text size="sm" mt="xs">
                  <strong>{t('detail.notes')}:</strong> {order.notes}
                </Text>
              )}
            </Paper>
            <OrderPayments session={session} order={order} balance={balance.data} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <CheckoutSteps checkout={checkout} />
            <OrderHistory order={order} />
          </Stack>
        </Grid.Col>
      </Grid>
      {balance.isError && <Text size="sm">{problemMessage(balance.error, '')}</Text>}
    </>
  );
}
