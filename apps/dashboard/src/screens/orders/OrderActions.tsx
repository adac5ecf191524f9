import { Alert, Button, Group, Paper, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { problemMessage } from '../../api/problems';
import type { Session } from '../../api/session';
import type { Order, OrderAction } from './types';

const ORDER: readonly OrderAction[] = ['submit', 'ship', 'deliver', 'cancel'];

/**
 * The transitions the order's status allows (the API's `allowed_actions`), enabled when the member's
 * role grants orders:transition (disabled with the reason otherwise). Each POST carries the order's
 * version (a concurrent change answers 409/412, shown) and an Idempotency-Key (the client adds one).
 */
export function OrderActions({ session, order, onDone }: { session: Session; order: Order; onDone: () => void }) {
  const { t } = useTranslation('orders');
  const queryClient = useQueryClient();
  const allowed = can(session.permissions, 'orders:transition');
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string>('');
  const run = useMutation({
    mutationFn: (action: OrderAction) => {
      const input = {
        path: { order_id: order.id },
        body: { expected_version: order.version, ...(action === 'cancel' && reason ? { reason } : {}) },
      };
      return session.api.orders[action](input);
    },
    onSuccess: async (next, action) => {
      queryClient.setQueryData(['order', order.id], next);
      setDone(`actions.done.${action}`);
      setConfirming(false);
      onDone();
      await queryClient.invalidateQueries({ queryKey: ['order', order.id] });
      await queryClient.invalidateQueries({ queryKey: ['orders'] });
    },
  });
  const actions = ORDER.filter((a) => order.allowed_actions.includes(a));

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="order-actions">
      <Title order={2} size="h4" id="order-actions" mb="xs">
        {t('actions.title')}
      </Title>
      {actions.length === 0 && <Text size="sm">{t('actions.none')}</Text>}
      <Group gap="sm">
        {actions.map((action) => {
          const button = (
            <Button
              key={action}
              variant={action === 'cancel' ? 'outline' : 'filled'}
              color={action === 'cancel' ? 'red.9' : undefined}
              disabled={!allowed || run.isPending}
              loading={run.isPending && run.variables === action}
              onClick={() => (action === 'cancel' ? setConfirming(true) : run.mutate(action))}
            >
              {t(`actions.${action}`)}
            </Button>
          );
          return allowed ? (
            button
          ) : (
            <Tooltip key={action} label={t('actions.noPermission')}>
              <span>{button}</span>
            </Tooltip>
          );
        })}
      </Group>
      {!allowed && actions.length > 0 && (
        <Text size="sm" mt="xs">
          {t('actions.noPermission')}
        </Text>
      )}
      {confirming && (
        <Alert color="red" mt="sm" variant="light" title={t('actions.confirmCancel', { number: order.number })}>
          <TextInput label={t('actions.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <Group mt="sm" gap="sm">
            <Button color="red.9" loading={run.isPending} onClick={() => run.mutate('cancel')}>
              {t('actions.cancel')}
            </Button>
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('actions.keep')}
            </Button>
          </Group>
        </Alert>
      )}
      {run.isError && (
        <Alert color="red" role="alert" mt="sm" title={t('actions.failed')}>
          {problemMessage(run.error, '')}
        </Alert>
      )}
      <Text size="sm" role="status" aria-live="polite" mt={done ? 'xs' : 0}>
        {done && t(done)}
      </Text>
    </Paper>
  );
}
