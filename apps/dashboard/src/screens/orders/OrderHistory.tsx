import { Paper, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Order } from './types';

/** The order's status changes, oldest first: from → to, when, by whom, and why. */
export function OrderHistory({ order }: { order: Order }) {
  const { t, i18n } = useTranslation('orders');
  const status = (s: string) => t(`status.${s}`, { ns: 'translation', defaultValue: s });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="order-history">
      <Title order={2} size="h4" id="order-history" mb="sm">
        {t('detail.history')}
      </Title>
      <Timeline bulletSize={14} lineWidth={2} active={order.status_history.length - 1}>
        {order.status_history.map((h) => (
          <Timeline.Item
            key={h.id}
            title={h.from_status ? `${status(h.from_status)} → ${status(h.to_status)}` : status(h.to_status)}
          >
            <Text size="sm">
              {new Date(h.created_at).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'medium' })}{' '}
              {t('detail.by', { actor: t(`detail.actors.${h.actor.type}`, { defaultValue: h.actor.type }) })}
            </Text>
            {h.reason && <Text size="sm">{h.reason}</Text>}
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
