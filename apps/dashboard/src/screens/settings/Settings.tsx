import { Button, Group, Stack, Title } from '@mantine/core';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { registerMessages } from '../messages';
import { messages } from './messages';
import { tabsFor } from './tabs';

registerMessages('settings', messages);

/** Settings: one h1, the pages the member's role reaches as links, the current page below. */
export function Settings() {
  const { t } = useTranslation('settings');
  const session = useSession();
  const path = useRouterState({ select: (state) => state.location.pathname.replace(/\/$/, '') });
  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <Group component="nav" aria-label={t('tabs.label')} gap={4}>
        {tabsFor(session).map((tab) => (
          <Button
            key={tab.key}
            component={Link}
            to={tab.path}
            size="compact-sm"
            variant={path === tab.path ? 'filled' : 'default'}
            aria-current={path === tab.path ? 'page' : undefined}
          >
            {t(`tabs.${tab.key}` as 'tabs.workspace')}
          </Button>
        ))}
      </Group>
      <Outlet />
    </Stack>
  );
}
