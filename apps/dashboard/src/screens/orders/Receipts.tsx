import { Alert, Anchor, Button, Group, Image, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../api/problems';
import type { Session } from '../../api/session';
import type { Order, Payment, Receipt } from './types';

/** A receipt: images shown as a thumbnail linking to the full file, PDFs as a link (signed, expiring URLs). */
export function ReceiptPreview({ receipt }: { receipt: Receipt }) {
  const { t } = useTranslation('orders');
  const name = receipt.filename ?? receipt.id.slice(0, 8);
  if (receipt.content_type === 'application/pdf')
    return (
      <Anchor href={receipt.url} target="_blank" rel="noreferrer" size="sm">
        {t('payments.openPdf', { name })}
      </Anchor>
    );
  return (
    <Anchor href={receipt.url} target="_blank" rel="noreferrer">
      <Image
        src={receipt.url}
        alt={t('payments.preview', { name })}
        w={120}
        h={120}
        fit="contain"
        radius="sm"
        bd="1px solid var(--mantine-color-gray-4)"
        data-receipt={receipt.id}
      />
    </Anchor>
  );
}

/** Uploads one receipt file to a payment (multipart; the client adds the Idempotency-Key). */
export function ReceiptUpload({ session, order, payment }: { session: Session; order: Order; payment: Payment }) {
  const { t } = useTranslation('orders');
  const id = useId();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState('');
  // Each upload renders a fresh file input (a file input cannot be cleared otherwise).
  const [uploads, setUploads] = useState(0);
  const upload = useMutation({
    mutationFn: (chosen: File) => {
      const form = new FormData();
      form.append('file', chosen, chosen.name);
      return session.api.payments.attachReceipt({ path: { payment_id: payment.id }, body: form as never });
    },
    onSuccess: async () => {
      setDone('payments.uploaded');
      setUploads((n) => n + 1);
      setFile(null);
      await queryClient.invalidateQueries({ queryKey: ['order', order.id, 'payments'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate(file);
  };
  return (
    <form onSubmit={submit}>
      <Stack gap={4} mt="xs">
        <Text component="label" htmlFor={id} size="sm" fw={500}>
          {t('payments.receiptFile')}
        </Text>
        <Group gap="xs">
          <input
            id={id}
            key={uploads}
            type="file"
            accept="image/jpeg,image/png,image/webp,application/pdf"
            onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
            style={{ maxWidth: '100%' }}
          />
          <Button type="submit" size="xs" disabled={!file} loading={upload.isPending}>
            {t('payments.upload')}
          </Button>
        </Group>
        {upload.isError && (
          <Alert color="red" role="alert" title={t('payments.uploadFailed')}>
            {problemMessage(upload.error, '')}
          </Alert>
        )}
        <Text size="sm" role="status" aria-live="polite">
          {done && t(done)}
        </Text>
      </Stack>
    </form>
  );
}
