import { Anchor, Badge, Button, Group, Loader, Paper, Table, Text, Title, Tooltip } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { useSession } from '../../api/session';
import { money } from '../../format';
import { ProblemAlert } from '../clinic-kit/problem';

/** The patient's balance per currency and invoices, with a new (draft) invoice when the role may write them. */
export function PersonBilling({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation('people');
  const { t: common } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const held = session?.permissions ?? [];
  const allowed = can(held, 'invoices:read');
  const balance = useQuery({
    queryKey: ['patient', patientId, 'balance'],
    enabled: !!session && allowed,
    queryFn: ({ signal }) => session!.api.patients.balance.get({ path: { patient_id: patientId }, signal }),
  });
  const invoices = useQuery({
    queryKey: ['patient', patientId, 'invoices'],
    enabled: !!session && allowed,
    queryFn: ({ signal }) => session!.api.invoices.list({ query: { patient_id: patientId, limit: 20 }, signal }),
  });
  const create = useMutation({
    mutationFn: () => session!.api.invoices.create({ body: { patient_id: patientId, lines: [] } }),
    onSuccess: async (invoice) => {
      await client.invalidateQueries({ queryKey: ['patient', patientId] });
      await navigate({ to: `/agenda/invoices/${invoice.id}` });
    },
  });
  if (!allowed) return null;
  const mayWrite = can(held, 'invoices:write');

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="billing">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="billing">
          {t('invoices')}
        </Title>
        <Tooltip label={t('noAccess')} disabled={mayWrite}>
          <Button size="xs" onClick={() => create.mutate()} loading={create.isPending} disabled={!mayWrite}>
            {t('newInvoice')}
          </Button>
        </Tooltip>
      </Group>
      <ProblemAlert error={create.error} fallback={t('error')} />
      <Text size="sm" mb="xs" data-testid="balance">
        {t('balance')}:{' '}
        {balance.data?.currencies.length
          ? balance.data.currencies.map((c) => money(c.balance, c.currency, i18n.language)).join(' · ')
          : '—'}
      </Text>
      {invoices.isPending && <Loader size="sm" role="status" aria-label={t('loading')} />}
      {invoices.data && invoices.data.items.length === 0 && <Text size="sm">{t('noInvoices')}</Text>}
      {invoices.data && invoices.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={360}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">#</Table.Th>
                <Table.Th scope="col">{common('status.label', { defaultValue: 'Status' })}</Table.Th>
                <Table.Th scope="col">Total</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoices.data.items.map((inv) => (
                <Table.Tr key={inv.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/agenda/invoices/${inv.id}`}>
                      {inv.number ?? '—'}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" c="dark">
                      {common(`status.${inv.status}`, { defaultValue: inv.status })}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{money(inv.total, inv.currency, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
