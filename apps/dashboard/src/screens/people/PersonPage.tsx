import { Alert, Anchor, Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Title, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { useSession } from '../../api/session';
import { ProblemAlert } from '../clinic-kit/problem';
import { registerMessages } from '../messages';
import { MergeDialog } from './MergeDialog';
import { messages } from './messages';
import { PersonBilling } from './PersonBilling';
import { PersonClinical } from './PersonClinical';
import { PersonTimeline } from './PersonTimeline';
import { usePatientOf } from './use-patient';

registerMessages('people', messages);

/** One person: contacts, documents, the clinical summary, billing, their timeline and merge. */
export function PersonPage() {
  const { t } = useTranslation('people');
  const session = useSession();
  const { id } = useParams({ strict: false }) as { id: string };
  const held = session?.permissions ?? [];
  const [merging, setMerging] = useState(false);
  const [merged, setMerged] = useState<string | null>(null);

  const person = useQuery({
    queryKey: ['person', id],
    enabled: !!session,
    queryFn: ({ signal }) => session!.api.customers.get({ path: { customer_id: id }, signal }),
  });
  const documents = useQuery({
    queryKey: ['person', id, 'documents'],
    enabled: !!session && can(held, 'people:read'),
    queryFn: ({ signal }) =>
      session!.api.people.documents.list({ path: { person_id: id }, query: { limit: 50 }, signal }),
  });
  const patient = usePatientOf(id);

  if (person.isPending) return <Loader role="status" aria-label={t('loading')} />;
  if (person.isError)
    return (
      <Stack>
        <Title order={1}>{t('title')}</Title>
        <ProblemAlert error={person.error} fallback={t('error')} />
      </Stack>
    );
  const p = person.data;
  const mayMerge = can(held, 'customers:merge');

  return (
    <Stack>
      <Anchor component={Link} to="/people" size="sm">
        ← {t('back')}
      </Anchor>
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Title order={1}>{p.name}</Title>
          {p.status === 'merged' && <Badge color="gray">{t('merged')}</Badge>}
        </Group>
        {p.status === 'active' && (
          <Tooltip label={t('mergeNeeds')} disabled={mayMerge}>
            <Button
              variant="default"
              onClick={() => setMerging(true)}
              disabled={!mayMerge}
              data-disabled={!mayMerge || undefined}
            >
              {t('merge')}
            </Button>
          </Tooltip>
        )}
      </Group>
      <div role="status" aria-live="polite">
        {merged && (
          <Alert color="green" variant="light">
            {merged}
          </Alert>
        )}
      </div>
      {p.status === 'merged' && p.merged_into && (
        <Alert color="gray">
          {t('mergedInto')}{' '}
          <Anchor component={Link} to={`/people/${p.merged_into}`}>
            {t('openSurvivor')}
          </Anchor>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="contacts">
          <Title order={2} size="h4" id="contacts" mb="xs">
            {t('contacts')}
          </Title>
          <dl className="facts">
            <dt>{t('phone')}</dt>
            <dd>{p.phone ?? t('none')}</dd>
            <dt>{t('email')}</dt>
            <dd>{p.email ?? t('none')}</dd>
            <dt>{t('addresses')}</dt>
            <dd>
              {p.addresses.length
                ? p.addresses.map((a) => (
                    <div key={a.id}>{[a.line1, a.line2, a.city, a.country].filter(Boolean).join(', ')}</div>
                  ))
                : t('none')}
            </dd>
            <dt>{t('documents')}</dt>
            <dd>
              {documents.data?.items.length
                ? documents.data.items.map((d) => (
                    <div key={d.id}>
                      {d.type.toUpperCase()} {d.number}
                    </div>
                  ))
                : documents.isPending && documents.fetchStatus !== 'idle'
                  ? '…'
                  : t('noDocuments')}
            </dd>
          </dl>
        </Paper>
        <PersonClinical patient={patient} />
      </SimpleGrid>
      {patient.data && <PersonBilling patientId={patient.data.id} />}
      <PersonTimeline personId={id} patientId={patient.data?.id} />
      {merging && (
        <MergeDialog
          survivor={p}
          onClose={() => setMerging(false)}
          onMerged={(duplicate) => {
            setMerging(false);
            setMerged(t('mergeDone', { duplicate, survivor: p.name }));
          }}
        />
      )}
    </Stack>
  );
}
