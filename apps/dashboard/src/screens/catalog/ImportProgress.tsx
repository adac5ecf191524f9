import { Alert, Badge, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollX } from '../../widgets/ScrollX';
import type { ImportJob } from './types';

/**
 * A product import as it runs: its status, a progress bar of processed rows (announced politely),
 * what it created, and every rejected row with its file line, column and problem.
 */
export function ImportProgress({ job }: { job: ImportJob }) {
  const { t } = useTranslation('catalog');
  const percent = job.total_rows > 0 ? Math.round((job.processed_rows / job.total_rows) * 100) : 0;
  const done = job.status === 'completed' || job.status === 'failed';
  const rows = t('import.rows', { processed: job.processed_rows, total: job.total_rows });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-progress" data-import={job.status}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="import-progress">
            {t('import.progress')}
          </Title>
          <Badge variant="light" c="dark.8" color={job.status === 'failed' ? 'red' : done ? 'green' : 'blue'}>
            {t(`import.statuses.${job.status}`)}
          </Badge>
        </Group>
        <Progress
          value={done && job.status === 'completed' ? 100 : percent}
          animated={!done}
          size="lg"
          aria-label={t('import.progress')}
        />
        <div role="status" aria-live="polite">
          <Text size="sm">{rows}</Text>
          {done && (
            <Text size="sm">
              {t('import.created', { products: job.created_products, variants: job.created_variants })}
              {job.rejected.length > 0 && ` · ${t('import.rejectedCount', { count: job.rejected.length })}`}
            </Text>
          )}
        </div>
        {job.error && (
          <Alert color="red" role="alert">
            {t('import.error', { error: job.error })}
          </Alert>
        )}
        {done && (
          <div>
            <Title order={3} size="h5" id="import-rejected" mb={4}>
              {t('import.rejected')}
            </Title>
            {job.rejected.length === 0 ? (
              <Text size="sm">{t('import.noneRejected')}</Text>
            ) : (
              <ScrollX label={t('import.rejected')} minWidth={360}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('import.line')}</Table.Th>
                      <Table.Th scope="col">{t('import.column')}</Table.Th>
                      <Table.Th scope="col">{t('import.message')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {job.rejected.map((r) => (
                      <Table.Tr key={`${r.line}-${r.column}`}>
                        <Table.Td>{r.line}</Table.Td>
                        <Table.Td>{r.column}</Table.Td>
                        <Table.Td>{r.message}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollX>
            )}
          </div>
        )}
      </Stack>
    </Paper>
  );
}
