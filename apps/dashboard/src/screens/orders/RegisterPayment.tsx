import { Alert, Button, Group, NativeSelect, NumberInput, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, problemMessage } from '../../api/problems';
import type { Session } from '../../api/session';
import { money } from '../../format';
import '../../offline/messages';
import { useOfflineWrite } from '../../offline/use-outbox';
import type { Balance, Order } from './types';

const METHODS = ['cash', 'transfer', 'card', 'pix'] as const;
const digitsOf = (currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** Registers a manual payment (at most the balance; partial allowed). Field errors show under each field. */
export function RegisterPayment({ session, order, balance }: { session: Session; order: Order; balance: Balance }) {
  const { t, i18n } = useTranslation('orders');
  const queryClient = useQueryClient();
  const digits = digitsOf(order.currency);
  const [amount, setAmount] = useState<string | number>(balance.balance / 10 ** digits);
  const [method, setMethod] = useState<(typeof METHODS)[number]>('transfer');
  const [reference, setReference] = useState('');
  const [done, setDone] = useState('');
  const { t: tOffline } = useTranslation('offline');
  const write = useOfflineWrite(session);
  // A payment taken at the counter without a connection waits on this device and is sent later
  // with the same Idempotency-Key (registered once, however often it is replayed).
  const register = useMutation({
    mutationFn: () => {
      const minor = Math.round(Number(amount) * 10 ** digits);
      return write({
        method: 'POST',
        path: '/api/v1/orders/{order_id}/payments',
        input: {
          path: { order_id: order.id },
          body: { amount: minor, method, currency: order.currency, ...(reference ? { reference } : {}) },
        },
        label: {
          key: 'payment',
          values: { amount: money(minor, order.currency, i18n.language), order: String(order.number ?? order.id) },
        },
        resource: `/api/v1/orders/${order.id}`,
      });
    },
    onSuccess: async (outcome) => {
      if (outcome.status === 'queued') return setDone('queued');
      setDone('payments.registered');
      await queryClient.invalidateQueries({ queryKey: ['order', order.id] });
    },
  });
  const errors = fieldErrors(register.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    register.mutate();
  };
  const decimal = new Intl.NumberFormat(i18n.language).format(1.5).charAt(1);

  return (
    <form onSubmit={submit} aria-labelledby="register-payment">
      <Stack gap="xs" mt="md">
        <Title order={3} size="h5" id="register-payment">
          {t('payments.register')}
        </Title>
        <Group align="flex-start" gap="sm" grow preventGrowOverflow={false}>
          <NumberInput
            label={`${t('payments.amount')} (${order.currency})`}
            value={amount}
            onChange={setAmount}
            min={0}
            decimalScale={digits}
            decimalSeparator={decimal}
            error={errors['/amount']}
            miw={130}
          />
          <NativeSelect
            label={t('payments.method')}
            value={method}
            data={METHODS.map((m) => ({ value: m, label: t(`payments.methods.${m}`) }))}
            onChange={(e) => setMethod(e.currentTarget.value as (typeof METHODS)[number])}
            error={errors['/method']}
            miw={130}
          />
          <TextInput
            label={t('payments.reference')}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
            error={errors['/reference']}
            miw={130}
          />
        </Group>
        <Group>
          <Button type="submit" loading={register.isPending}>
            {t('payments.save')}
          </Button>
        </Group>
        {register.isError && (
          <Alert color="red" role="alert" title={t('payments.failed')}>
            {problemMessage(register.error, '')}
          </Alert>
        )}
        <span role="status" aria-live="polite">
          {done === 'queued' ? tOffline('queued') : done && t(done)}
        </span>
      </Stack>
    </form>
  );
}
