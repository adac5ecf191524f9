import { Anchor, Loader, Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { useSession } from '../../api/session';
import { when } from '../clinic-kit/time';

type Entry = { id: string; at: string; text: string; link?: string };

/**
 * What happened with the person, newest first, from what the API offers and the member may read:
 * the patient timeline (appointments, queue visits, invoices, payments, merges — its lines come
 * translated), their orders and their conversations.
 */
export function PersonTimeline({ personId, patientId }: { personId: string; patientId: string | undefined }) {
  const { t, i18n } = useTranslation('people');
  const { t: common } = useTranslation();
  const session = useSession();
  const held = session?.permissions ?? [];
  const timezone = session?.workspace?.settings.timezone ?? 'UTC';
  const on = !!session;

  const clinical = useQuery({
    queryKey: ['patient', patientId, 'timeline', i18n.language],
    enabled: on && !!patientId,
    queryFn: ({ signal }) =>
      session!.api.patients.timeline.get({ path: { patient_id: patientId! }, query: { limit: 30 }, signal }),
  });
  const orders = useQuery({
    queryKey: ['person', personId, 'orders'],
    enabled: on && can(held, 'orders:read'),
    queryFn: ({ signal }) =>
      session!.api.customers.orders.list({ path: { customer_id: personId }, query: { limit: 20 }, signal }),
  });
  const conversations = useQuery({
    queryKey: ['person', personId, 'conversations'],
    enabled: on && can(held, 'conversations:read'),
    queryFn: ({ signal }) => session!.api.conversations.list({ query: { person_id: personId, limit: 20 }, signal }),
  });

  const entries: Entry[] = [
    ...(clinical.data?.items ?? []).map((e) => ({ id: e.id, at: e.occurred_at, text: e.summary })),
    ...(orders.data?.items ?? []).map((o) => ({
      id: o.id,
      at: o.created_at,
      text: t('order', { number: o.number, status: common(`status.${o.status}`, { defaultValue: o.status }) }),
      link: `/orders/${o.id}`,
    })),
    ...(conversations.data?.items ?? []).map((c) => ({
      id: c.id,
      at: c.last_message_at ?? c.created_at,
      text: t('conversation', { preview: c.last_message_preview ?? '' }),
      link: `/inbox/${c.id}`,
    })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  const loading = [clinical, orders, conversations].some((q) => q.isPending && q.fetchStatus !== 'idle');

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="timeline">
      <Title order={2} size="h4" id="timeline" mb="xs">
        {t('timeline')}
      </Title>
      {loading && <Loader size="sm" role="status" aria-label={t('loading')} />}
      {!loading && entries.length === 0 && <Text size="sm">{t('noTimeline')}</Text>}
      <ol className="timeline">
        {entries.map((e) => (
          <li key={e.id}>
            <Text size="xs" c="gray.7" component="time" dateTime={e.at}>
              {when(e.at, timezone, i18n.language)}
            </Text>
            <Text size="sm">
              {e.link ? (
                <Anchor component={Link} to={e.link}>
                  {e.text}
                </Anchor>
              ) : (
                e.text
              )}
            </Text>
          </li>
        ))}
      </ol>
    </Paper>
  );
}
