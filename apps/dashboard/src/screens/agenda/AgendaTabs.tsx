import { Button, Group } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** The agenda's screens: the calendar and the reception queue. */
export function AgendaTabs({ current }: { current: 'calendar' | 'queue' }) {
  const { t } = useTranslation('agenda');
  const tabs = [
    { key: 'calendar', to: '/agenda', label: t('calendar') },
    { key: 'queue', to: '/agenda/queue', label: t('queue') },
  ] as const;
  return (
    <Group component="nav" aria-label={t('tabs')} gap={4} wrap="wrap">
      {tabs.map((tab) => (
        <Button
          key={tab.key}
          component={Link}
          to={tab.to}
          size="xs"
          variant={current === tab.key ? 'filled' : 'default'}
          aria-current={current === tab.key ? 'page' : undefined}
        >
          {tab.label}
        </Button>
      ))}
    </Group>
  );
}
