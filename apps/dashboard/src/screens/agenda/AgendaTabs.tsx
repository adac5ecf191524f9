import { Group, NavLink } from '@mantine/core';
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
        <NavLink
          key={tab.key}
          component={Link}
          to={tab.to}
          label={tab.label}
          active={current === tab.key}
          aria-current={current === tab.key ? 'page' : undefined}
          w="auto"
          variant="filled"
        />
      ))}
    </Group>
  );
}
