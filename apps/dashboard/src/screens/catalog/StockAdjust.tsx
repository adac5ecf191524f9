import { Alert, Button, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { fieldErrors, problemMessage } from '../../api/problems';
import type { Session } from '../../api/session';
import '../../offline/messages';
import { useOfflineWrite } from '../../offline/use-outbox';
import { ScrollX } from '../../widgets/ScrollX';
import type { StockLevel } from './types';

/** Adjusts one variant's stock on hand with a reason (guarded by its version), and lists its movements. */
export function StockAdjust({
  session,
  level,
  onSaved,
}: {
  session: Session;
  level: StockLevel;
  onSaved: (next: StockLevel) => void;
}) {
  const { t, i18n } = useTranslation('catalog');
  const queryClient = useQueryClient();
  const [delta, setDelta] = useState<string | number>('');
  const [reason, setReason] = useState('');
  // What the last adjustment left (kept as data, so it is said in the language of the moment).
  const [done, setDone] = useState<{ sku: string; onHand: number } | null>(null);
  // Made without a connection: kept on this device and sent later (src/offline/outbox.ts).
  const [queued, setQueued] = useState(false);
  const { t: tOffline } = useTranslation('offline');
  const write = useOfflineWrite(session);
  const writer = can(session.permissions, 'stock:write');
  const movements = useQuery({
    queryKey: ['stock-movements', level.variant_id],
    queryFn: ({ signal }) =>
      session.api.stock.movements.list({ query: { variant_id: level.variant_id, limit: 50 }, signal }),
  });
  // Based on the level as shown (If-Match): a change made meanwhile is a 412, or offline a conflict.
  const adjust = useMutation({
    mutationFn: () =>
      write<StockLevel>({
        method: 'POST',
        path: '/api/v1/stock/adjust',
        input: {
          body: { variant_id: level.variant_id, delta: Number(delta), reason },
          headers: { 'if-match': `"${level.version}"` },
        },
        label: { key: 'stockAdjust', values: { sku: level.sku, delta: Number(delta) } },
        resource: `/api/v1/stock/${level.variant_id}`,
      }),
    onSuccess: async (outcome) => {
      setDelta('');
      setReason('');
      if (outcome.status === 'queued') return setQueued(true);
      const next = outcome.result;
      setDone({ sku: next.sku, onHand: next.on_hand });
      onSaved(next);
      await queryClient.invalidateQueries({ queryKey: ['stock'] });
      await queryClient.invalidateQueries({ queryKey: ['stock-movements', level.variant_id] });
    },
  });
  const errors = fieldErrors(adjust.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    setQueued(false);
    adjust.mutate();
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="stock-adjust">
      <Title order={2} size="h4" id="stock-adjust" mb="sm">
        {t('stock.adjustTitle', { sku: level.sku })}
      </Title>
      {writer ? (
        <form onSubmit={submit}>
          <Stack gap="xs">
            <NumberInput
              label={t('stock.delta')}
              value={delta}
              allowDecimal={false}
              required
              onChange={setDelta}
              error={errors['/delta']}
            />
            <TextInput
              label={t('stock.reason')}
              value={reason}
              required
              onChange={(e) => setReason(e.currentTarget.value)}
              error={errors['/reason']}
            />
            <Button type="submit" loading={adjust.isPending} w="fit-content">
              {t('stock.save')}
            </Button>
          </Stack>
        </form>
      ) : (
        <Text size="sm">{t('stock.noWrite')}</Text>
      )}
      {adjust.isError && (
        <Alert color="red" role="alert" mt="sm" title={t('stock.failed')}>
          {problemMessage(adjust.error, '')}
        </Alert>
      )}
      <Text size="sm" role="status" aria-live="polite" mt="xs">
        {done && t('stock.saved', done)}
        {queued && tOffline('queued')}
      </Text>
      <Title order={3} size="h5" mt="md" mb={4}>
        {t('stock.movements', { sku: level.sku })}
      </Title>
      {movements.data?.items.length === 0 && <Text size="sm">{t('stock.noMovements')}</Text>}
      {!!movements.data?.items.length && (
        <ScrollX label={t('stock.movements', { sku: level.sku })} minWidth={360}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('stock.when')}</Table.Th>
                <Table.Th scope="col">{t('stock.kind')}</Table.Th>
                <Table.Th scope="col">{t('stock.change')}</Table.Th>
                <Table.Th scope="col">{t('stock.after')}</Table.Th>
                <Table.Th scope="col">{t('stock.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {movements.data.items.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    {new Date(m.created_at).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' })}
                  </Table.Td>
                  <Table.Td>{t(`stock.kinds.${m.kind}`)}</Table.Td>
                  <Table.Td>{m.on_hand_delta > 0 ? `+${m.on_hand_delta}` : m.on_hand_delta}</Table.Td>
                  <Table.Td>{m.on_hand_after}</Table.Td>
                  <Table.Td>{m.reason ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollX>
      )}
    </Paper>
  );
}
