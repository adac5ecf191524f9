import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { useSession } from '../../api/session';
import { major, money } from '../../format';
import { fieldErrors, ProblemAlert } from '../clinic-kit/problem';
import { when } from '../clinic-kit/time';
import { registerMessages } from '../messages';
import { LineEditor, LinesTable } from './InvoiceLines';
import { messages } from './messages';

registerMessages('agenda', messages);

const METHODS = ['cash', 'transfer', 'card', 'pix'] as const;

/** One invoice: its lines (an appointment billed from its service's price), issue, payments and the patient's balance. */
export function InvoicePage() {
  const { t, i18n } = useTranslation('agenda');
  const { t: common } = useTranslation();
  const session = useSession();
  const client = useQueryClient();
  const { id } = useParams({ strict: false }) as { id: string };
  const held = session?.permissions ?? [];
  const mayWrite = can(held, 'invoices:write');
  const timezone = session?.workspace?.settings.timezone ?? 'UTC';
  const lang = i18n.language;
  const api = session!.api;
  const [note, setNote] = useState('');

  const invoice = useQuery({
    queryKey: ['invoice', id],
    queryFn: ({ signal }) => api.invoices.get({ path: { invoice_id: id }, signal }),
  });
  const inv = invoice.data;
  const payments = useQuery({
    queryKey: ['invoice', id, 'payments'],
    enabled: !!inv,
    queryFn: ({ signal }) => api.invoices.payments.list({ path: { invoice_id: id }, query: { limit: 50 }, signal }),
  });
  const balance = useQuery({
    queryKey: ['patient', inv?.patient_id, 'balance'],
    enabled: !!inv,
    queryFn: ({ signal }) => api.patients.balance.get({ path: { patient_id: inv!.patient_id }, signal }),
  });
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: ['invoice', id] });
    await client.invalidateQueries({ queryKey: ['patient'] });
  };
  const headers = () => ({ 'if-match': `"${inv!.version}"` });
  const issue = useMutation({
    mutationFn: () => api.invoices.issue({ path: { invoice_id: id }, headers: headers() }),
    onSuccess: async () => {
      setNote(t('done', { action: t('issue') }));
      await refresh();
    },
  });
  const pay = useMutation({
    mutationFn: (body: { amount: number; method: (typeof METHODS)[number]; reference?: string }) =>
      api.invoices.payments.register({ path: { invoice_id: id }, body }),
    onSuccess: async () => {
      setNote(t('paymentDone'));
      await refresh();
    },
  });
  const [amount, setAmount] = useState<number | string>('');
  const [method, setMethod] = useState<(typeof METHODS)[number]>('cash');
  const [reference, setReference] = useState('');
  const payErrors = fieldErrors(pay.error);

  if (invoice.isPending) return <Loader role="status" aria-label={t('loading')} />;
  if (!inv)
    return (
      <Stack>
        <Title order={1}>{t('invoices')}</Title>
        <ProblemAlert error={invoice.error} fallback={t('error')} />
      </Stack>
    );
  const m = (minor: number) => money(minor, inv.currency, lang);
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency: inv.currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  function submitPayment(event: FormEvent) {
    event.preventDefault();
    const minor = Math.round(Number(amount) * 10 ** digits);
    pay.mutate({ amount: minor, method, ...(reference ? { reference } : {}) });
  }

  return (
    <Stack>
      <Anchor component={Link} to={`/people/${inv.person_id}`} size="sm">
        ← {t('back')}
      </Anchor>
      <Group gap="xs">
        <Title order={1}>{inv.number ? t('invoice', { number: inv.number }) : t('draft')}</Title>
        <Badge variant="light" c="dark" data-testid="invoice-status">
          {common(`status.${inv.status}`, { defaultValue: inv.status })}
        </Badge>
      </Group>
      <Text size="sm" role="status" aria-live="polite">
        {note}
      </Text>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="lines">
        <Title order={2} size="h4" id="lines" mb="xs">
          {t('lines')}
        </Title>
        <LinesTable inv={inv} money={m} />
        <dl className="facts">
          <dt>{t('subtotal')}</dt>
          <dd>{m(inv.subtotal)}</dd>
          <dt>{t('tax')}</dt>
          <dd>{m(inv.tax_total)}</dd>
          <dt>{t('total')}</dt>
          <dd>{m(inv.total)}</dd>
          <dt>{t('paid')}</dt>
          <dd>{m(inv.paid)}</dd>
          <dt>{t('balance')}</dt>
          <dd data-testid="invoice-balance">{m(inv.balance)}</dd>
        </dl>
        {mayWrite && inv.allowed_actions.includes('edit') && (
          <LineEditor inv={inv} digits={digits} timezone={timezone} onChanged={refresh} />
        )}
        <ProblemAlert error={issue.error} fallback={t('invoiceFailed')} />
        {mayWrite && inv.allowed_actions.includes('issue') && (
          <Button mt="sm" onClick={() => issue.mutate()} loading={issue.isPending} disabled={inv.lines.length === 0}>
            {t('issue')}
          </Button>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="payments">
        <Title order={2} size="h4" id="payments" mb="xs">
          {t('payments')}
        </Title>
        {payments.data?.items.length ? (
          <ul>
            {payments.data.items.map((p) => (
              <li key={p.id}>
                {when(p.created_at, timezone, lang)} — {t(`methods.${p.method as (typeof METHODS)[number]}`)} —{' '}
                {money(p.amount, p.currency, lang)}
                {p.status !== 'registered' ? ` (${common(`status.${p.status}`, { defaultValue: p.status })})` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <Text size="sm">{t('noPayments')}</Text>
        )}
        {mayWrite && inv.allowed_actions.includes('pay') && (
          <form onSubmit={submitPayment} aria-labelledby="pay-title">
            <Title order={3} size="h5" id="pay-title" mt="sm" mb="xs">
              {t('registerPayment')}
            </Title>
            <Group align="flex-start" gap="xs">
              <NumberInput
                label={t('amount')}
                value={amount}
                onChange={setAmount}
                min={0}
                decimalScale={digits}
                placeholder={String(major(inv.balance, inv.currency))}
                error={payErrors.amount}
                required
              />
              <NativeSelect
                label={t('method')}
                value={method}
                onChange={(e) => setMethod(e.currentTarget.value as (typeof METHODS)[number])}
                data={METHODS.map((x) => ({ value: x, label: t(`methods.${x}`) }))}
              />
              {method === 'pix' && (
                <TextInput
                  label={t('reference')}
                  value={reference}
                  onChange={(e) => setReference(e.currentTarget.value)}
                  error={payErrors.reference}
                />
              )}
            </Group>
            <ProblemAlert error={pay.error} fallback={t('invoiceFailed')} />
            <Button type="submit" mt="sm" loading={pay.isPending} disabled={!amount}>
              {t('register')}
            </Button>
          </form>
        )}
      </Paper>
      {balance.data && (
        <Text size="sm" data-testid="patient-balance">
          {t('patientBalance')}:{' '}
          {balance.data.currencies.map((c) => money(c.balance, c.currency, lang)).join(' · ') || '—'}
        </Text>
      )}
    </Stack>
  );
}
