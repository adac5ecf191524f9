import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import type { Session } from '../../api/session';
import { money } from '../../format';
import { ReceiptPreview, ReceiptUpload } from './Receipts';
import { RegisterPayment } from './RegisterPayment';
import type { Balance, Order } from './types';

/** The order's payments with their receipts (preview and upload), and the form to register one. */
export function OrderPayments({ session, order, balance }: { session: Session; order: Order; balance?: Balance }) {
  const { t, i18n } = useTranslation('orders');
  const payments = useQuery({
    queryKey: ['order', order.id, 'payments'],
    enabled: can(session.permissions, 'payments:read'),
    queryFn: ({ signal }) =>
      session.api.orders.payments.list({ path: { order_id: order.id }, query: { limit: 200 }, signal }),
  });
  const writer = can(session.permissions, 'payments:write');
  const owes = !!balance && balance.balance > 0 && order.status === 'pending';

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="order-payments">
      <Title order={2} size="h4" id="order-payments" mb="sm">
        {t('payments.title')}
      </Title>
      {payments.data?.items.length === 0 && <Text size="sm">{t('payments.none')}</Text>}
      <Stack gap="md">
        {payments.data?.items.map((p) => (
          <Paper key={p.id} withBorder p="sm" radius="sm" data-payment={p.id}>
            <Group justify="space-between">
              <Text fw={600}>
                {money(p.amount, p.currency, i18n.language)} · {t(`payments.methods.${p.method}`)}
              </Text>
              <Badge variant="light" c="dark.8">
                {t(`payments.statuses.${p.status}`)}
              </Badge>
            </Group>
            {p.reference && (
              <Text size="sm">
                {t('payments.reference')}: {p.reference}
              </Text>
            )}
            <Title order={3} size="h6" mt="xs">
              {t('payments.receipts')}
            </Title>
            {p.attachments.length === 0 && <Text size="sm">{t('payments.noReceipts')}</Text>}
            <Group gap="sm" align="flex-start">
              {p.attachments.map((r) => (
                <ReceiptPreview key={r.id} receipt={r} />
              ))}
            </Group>
            {writer && p.status === 'registered' && <ReceiptUpload session={session} order={order} payment={p} />}
          </Paper>
        ))}
      </Stack>
      {owes &&
        (writer ? (
          <RegisterPayment session={session} order={order} balance={balance} />
        ) : (
          <Text size="sm" mt="sm">
            {t('payments.noPermission')}
          </Text>
        ))}
    </Paper>
  );
}
