import { Badge, Group, Loader, Paper, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Checkout } from './types';

/** The checkout saga: its state (live), every step it took, and why it stopped when it failed. */
export function CheckoutSteps({ checkout }: { checkout: Checkout | null | undefined }) {
  const { t, i18n } = useTranslation('orders');
  const state = (s: string) => t(`checkout.states.${s}`, { defaultValue: s });
  const date = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="order-checkout">
      <Title order={2} size="h4" id="order-checkout" mb="sm">
        {t('checkout.title')}
      </Title>
      {checkout === undefined && (
        <Loader size="sm" role="status" aria-label={t('app.loading', { ns: 'translation' })} />
      )}
      {checkout === null && <Text size="sm">{t('checkout.none')}</Text>}
      {checkout && (
        <>
          <Group gap="xs" mb="sm" role="status" aria-live="polite">
            <Text size="sm">{t('checkout.state')}:</Text>
            <Badge variant="light" c="dark.8" data-checkout-state={checkout.state}>
              {state(checkout.state)}
            </Badge>
            {checkout.attempt > 1 && <Text size="sm">{t('checkout.attempt', { attempt: checkout.attempt })}</Text>}
          </Group>
          {checkout.state === 'payment_pending' && (
            <Text size="sm" mb="sm">
              {t('checkout.deadline', { date: date(checkout.deadline_at) })}
            </Text>
          )}
          {checkout.short_lines?.map((line) => (
            <Text size="sm" key={line.pointer} c="red.9">
              {t('checkout.short', {
                sku: line.sku ?? line.variant_id,
                requested: line.requested,
                available: line.available,
              })}
            </Text>
          ))}
          <Timeline bulletSize={14} lineWidth={2} active={checkout.steps.length - 1}>
            {checkout.steps.map((step) => (
              <Timeline.Item key={`${step.attempt}-${step.to_state}-${step.created_at}`} title={state(step.to_state)}>
                <Text size="sm">{date(step.created_at)}</Text>
                {step.reason && <Text size="sm">{step.reason}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
        </>
      )}
    </Paper>
  );
}
