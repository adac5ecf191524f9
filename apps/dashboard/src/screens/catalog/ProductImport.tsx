import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../api/problems';
import { useSession } from '../../api/session';
import { registerMessages } from '../messages';
import { ImportProgress } from './ImportProgress';
import { messages } from './messages';

registerMessages('catalog', messages);

/** How often a running import is asked for its progress (the API offers polling the job). */
const POLL_MS = 500;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a CSV/XLSX file as the body of POST /products/import, then follows the job to its report. */
export function ProductImport() {
  const { t } = useTranslation('catalog');
  const session = useSession();
  const queryClient = useQueryClient();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [currency, setCurrency] = useState('');
  const start = useMutation({
    mutationFn: (chosen: File) =>
      session!.api.products.import.create({
        query: currency ? { currency: currency.toUpperCase() } : {},
        body: chosen as never,
        headers: { 'content-type': /\.xlsx$/i.test(chosen.name) ? XLSX : 'text/csv' },
      }),
  });
  const jobId = start.data?.id;
  const job = useQuery({
    queryKey: ['product-import', jobId],
    enabled: !!jobId,
    queryFn: ({ signal }) => session!.api.products.import.get({ path: { job_id: jobId! }, signal }),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'completed' || status === 'failed' ? false : POLL_MS;
    },
  });
  const current = job.data ?? start.data;
  const finished = current?.status === 'completed';
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: ['products'] });
  }, [finished, queryClient]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) start.mutate(file);
  };

  return (
    <Stack>
      <Anchor component={Link} to="/catalog" size="sm">
        ← {t('import.back')}
      </Anchor>
      <Title order={1}>{t('import.title')}</Title>
      <Text size="sm" maw={720}>
        {t('import.intro')}
      </Text>
      <form onSubmit={submit}>
        <Stack gap="sm" maw={420}>
          <Stack gap={4}>
            <Text component="label" htmlFor={fileId} size="sm" fw={500}>
              {t('import.file')}
            </Text>
            <input
              id={fileId}
              type="file"
              accept={`.csv,text/csv,.xlsx,${XLSX}`}
              onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
              style={{ maxWidth: '100%' }}
            />
          </Stack>
          <TextInput
            label={t('import.currency')}
            value={currency}
            maxLength={3}
            w={280}
            onChange={(event) => setCurrency(event.currentTarget.value)}
          />
          <Button type="submit" disabled={!file} loading={start.isPending} w="fit-content">
            {t('import.start')}
          </Button>
        </Stack>
      </form>
      {start.isError && (
        <Alert color="red" role="alert" title={t('import.failed')}>
          {problemMessage(start.error, '')}
        </Alert>
      )}
      {current && <ImportProgress job={current} />}
    </Stack>
  );
}
