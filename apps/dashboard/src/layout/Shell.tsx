import { AppShell, Burger, Button, Group, NativeSelect, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can } from '../api/permissions';
import { setLanguage, signOut, switchWorkspace, useSession } from '../api/session';
import { LANGUAGES, type Language } from '../i18n';
import { OfflineStatus } from '../offline/OfflineStatus';
import { SECTION_PATHS } from '../sections';
import { NAV } from './nav';

// The switcher's last option: creating a workspace (/new-workspace).
const NEW_WORKSPACE = 'new';

/** Header (workspace, language, sign out), the permission-aware navigation and the current screen. */
export function Shell() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const path = useRouterState({ select: (state) => state.location.pathname });
  const [opened, { toggle, close }] = useDisclosure(false);
  if (!session) return null;
  const items = NAV.filter((item) => can(session.permissions, item.permission));
  // A section's own pages (an order's detail…) keep its entry marked.
  const current = (item: (typeof NAV)[number]) =>
    item.path === '/' ? path === '/' : path === item.path || path.startsWith(`${item.path}/`);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('header.menu')} />
            <Text fw={700} visibleFrom="xs">
              {t('app.name')}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <OfflineStatus session={session} />
            {session.workspaces.length > 0 && (
              <NativeSelect
                aria-label={t('header.workspace')}
                size="xs"
                maw={160}
                value={session.workspace?.id ?? ''}
                data={[
                  ...session.workspaces.map((w) => ({ value: w.id, label: w.name })),
                  { value: NEW_WORKSPACE, label: t('header.newWorkspace') },
                ]}
                onChange={(event) => {
                  const id = event.currentTarget.value;
                  if (id === NEW_WORKSPACE) void navigate({ to: SECTION_PATHS.newWorkspace });
                  else void switchWorkspace(id);
                }}
              />
            )}
            <NativeSelect
              aria-label={t('header.language')}
              size="xs"
              value={i18n.language}
              data={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
              onChange={(event) => void setLanguage(event.currentTarget.value as Language)}
            />
            <Button
              size="xs"
              variant="default"
              onClick={async () => {
                await signOut();
                await navigate({ to: '/sign-in' });
              }}
            >
              {t('header.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {items.map((item) => (
          <NavLink
            key={item.key}
            component={Link}
            to={item.path}
            label={t(`nav.${item.key}`)}
            active={current(item)}
            aria-current={current(item) ? 'page' : undefined}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
