import { Badge, Group, Loader, Paper, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { useSession } from '../../api/session';
import { when } from '../clinic-kit/time';
import type { Patient } from './use-patient';

/** The patient's clinical summary: allergies, alerts, conditions, next appointment and last visit. */
export function PersonClinical({ patient }: { patient: UseQueryResult<Patient | null> }) {
  const { t, i18n } = useTranslation('people');
  const session = useSession();
  const timezone = session?.workspace?.settings.timezone ?? 'UTC';
  const allowed = can(session?.permissions ?? [], 'patients:read');
  const p = patient.data;
  const summary = useQuery({
    queryKey: ['patient', p?.id, 'summary'],
    enabled: !!session && !!p,
    queryFn: ({ signal }) => session!.api.patients.summary.get({ path: { patient_id: p!.id }, signal }),
  });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="clinical">
      <Title order={2} size="h4" id="clinical" mb="xs">
        {t('clinical')}
      </Title>
      {!allowed ? (
        <Text size="sm">{t('noClinicalAccess')}</Text>
      ) : patient.isPending ? (
        <Loader size="sm" role="status" aria-label={t('loading')} />
      ) : !p ? (
        <Text size="sm">{patient.isError ? t('error') : t('noPatient')}</Text>
      ) : (
        <dl className="facts">
          {p.alert_flags.length > 0 && (
            <>
              <dt>{t('alerts')}</dt>
              <dd>
                <Group gap={4}>
                  {p.alert_flags.map((flag) => (
                    <Badge key={flag} color="red" variant="light" c="red.9">
                      {flag}
                    </Badge>
                  ))}
                </Group>
              </dd>
            </>
          )}
          <dt>{t('allergies')}</dt>
          <dd data-testid="allergies">
            {p.allergies.length
              ? p.allergies.map((a) => (
                  <div key={a.name}>
                    {a.name}
                    {a.severity ? ` (${a.severity})` : ''}
                    {a.reaction ? ` — ${a.reaction}` : ''}
                  </div>
                ))
              : t('noAllergies')}
          </dd>
          {p.conditions.length > 0 && (
            <>
              <dt>{t('conditions')}</dt>
              <dd>{p.conditions.map((c) => c.name).join(', ')}</dd>
            </>
          )}
          {p.birth_date && (
            <>
              <dt>{t('birthDate')}</dt>
              <dd>{p.birth_date}</dd>
            </>
          )}
          <dt>{t('nextAppointment')}</dt>
          <dd>
            {summary.data?.next_appointment
              ? when(summary.data.next_appointment.starts_at, timezone, i18n.language)
              : t('none')}
          </dd>
          <dt>{t('lastVisit')}</dt>
          <dd>
            {summary.data?.last_visit ? when(summary.data.last_visit.starts_at, timezone, i18n.language) : t('none')}
          </dd>
        </dl>
      )}
    </Paper>
  );
}
