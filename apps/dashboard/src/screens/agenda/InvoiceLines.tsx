import { Button, Group, NativeSelect, NumberInput, Table, Text, TextInput } from '@mantine/core';
import type { operations, ResponseOf } from '@nexova/client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { ProblemAlert } from '../clinic-kit/problem';
import { when } from '../clinic-kit/time';

export type Invoice = ResponseOf<operations['getInvoice']>;

/** The invoice's lines, each with its quantity, unit price and total. */
export function LinesTable({ inv, money }: { inv: Invoice; money: (minor: number) => string }) {
  const { t } = useTranslation('agenda');
  if (inv.lines.length === 0) return <Text size="sm">{t('noLines')}</Text>;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('description')}</Table.Th>
            <Table.Th scope="col">{t('quantity')}</Table.Th>
            <Table.Th scope="col">{t('unitPrice')}</Table.Th>
            <Table.Th scope="col">{t('total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {inv.lines.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>{l.description}</Table.Td>
              <Table.Td>{l.quantity}</Table.Td>
              <Table.Td>{money(l.unit_price)}</Table.Td>
              <Table.Td>{money(l.total)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type EditorProps = { inv: Invoice; digits: number; timezone: string; onChanged: () => Promise<void> };

/**
 * Adds a line to a draft invoice: one of the patient's appointments (priced from its service) or a
 * free-text line. The whole list of lines is sent with the invoice's version (If-Match).
 */
export function LineEditor({ inv, digits, timezone, onChanged }: EditorProps) {
  const { t, i18n } = useTranslation('agenda');
  const api = useSession()!.api;
  const appointments = useQuery({
    queryKey: ['agenda', 'patient-appointments', inv.patient_id],
    queryFn: ({ signal }) => api.agenda.appointments.list({ query: { patient_id: inv.patient_id, limit: 50 }, signal }),
  });
  const billable = (appointments.data?.items ?? []).filter((a) =>
    ['booked', 'confirmed', 'checked_in', 'in_service', 'completed'].includes(a.status),
  );
  const [appointmentId, setAppointmentId] = useState('');
  const [description, setDescription] = useState('');
  const [price, setPrice] = useState<number | string>('');
  const addLine = useMutation({
    mutationFn: (line: { appointment_id: string } | { description: string; unit_price: number }) =>
      api.invoices.update({
        path: { invoice_id: inv.id },
        headers: { 'if-match': `"${inv.version}"` },
        body: {
          lines: [
            // The lines already there, each as it was given (an appointment's names only the appointment).
            ...inv.lines.map((l) =>
              l.kind === 'free'
                ? { description: l.description, unit_price: l.unit_price, quantity: l.quantity, discount: l.discount }
                : l.kind === 'appointment'
                  ? { appointment_id: l.appointment_id, quantity: l.quantity, discount: l.discount }
                  : { catalog_entry_id: l.catalog_entry_id, quantity: l.quantity, discount: l.discount },
            ),
            { ...line, quantity: 1 },
          ],
        },
      }),
    onSuccess: onChanged,
  });

  return (
    <>
      {billable.length > 0 && (
        <Group align="flex-end" gap="xs" mt="sm">
          <NativeSelect
            label={t('pickAppointment')}
            value={appointmentId}
            onChange={(e) => setAppointmentId(e.currentTarget.value)}
            data={[
              { value: '', label: '—' },
              ...billable.map((a) => ({ value: a.id, label: when(a.starts_at, timezone, i18n.language) })),
            ]}
          />
          <Button
            variant="default"
            disabled={!appointmentId}
            loading={addLine.isPending}
            onClick={() => addLine.mutate({ appointment_id: appointmentId })}
          >
            {t('addAppointment')}
          </Button>
        </Group>
      )}
      <Group align="flex-start" gap="xs" mt="sm">
        <TextInput
          label={t('description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <NumberInput label={t('unitPrice')} value={price} onChange={setPrice} min={0} decimalScale={digits} />
        <Button
          mt={25}
          variant="default"
          disabled={!description.trim() || price === ''}
          loading={addLine.isPending}
          onClick={() =>
            addLine.mutate({ description: description.trim(), unit_price: Math.round(Number(price) * 10 ** digits) })
          }
        >
          {t('addLine')}
        </Button>
      </Group>
      <ProblemAlert error={addLine.error} fallback={t('invoiceFailed')} />
    </>
  );
}
