import { Anchor, Button, Group, NativeSelect, PasswordInput, Stack, TextInput } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { accountClient, publicClient, reloadWorkspaces, signIn } from '../../api/session';
import { LANGUAGES } from '../../i18n';
import { AuthCard, Problem } from './AuthCard';
import { useSubmit } from './use-submit';

/** The browser's time zone, the new workspace's default. */
export const localTimezone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Register: the account (POST /auth/register), then its first workspace, entered straight away. */
export function Register() {
  const { t, i18n } = useTranslation('auth');
  const navigate = useNavigate();
  const form = useSubmit(async (f) => {
    await publicClient().auth.register({
      body: {
        email: f.email ?? '',
        password: f.password ?? '',
        first_name: f.first_name ?? '',
        last_name: f.last_name ?? '',
      },
    });
    await signIn(f.email ?? '', f.password ?? '');
    const workspace = await accountClient().workspaces.create({
      body: {
        name: f.workspace ?? '',
        settings: { locale: (f.locale ?? 'es') as 'es', timezone: localTimezone() },
      },
    });
    await reloadWorkspaces(workspace.id);
    await navigate({ to: '/' });
  });
  const e = form.fields;
  return (
    <AuthCard title={t('register.title')} subtitle={t('register.subtitle')}>
      <form onSubmit={form.onSubmit} aria-labelledby="auth-title" noValidate>
        <Stack>
          <Group grow wrap="wrap" gap="sm">
            <TextInput
              name="first_name"
              label={t('firstName')}
              autoComplete="given-name"
              required
              error={e.first_name}
              miw={140}
            />
            <TextInput
              name="last_name"
              label={t('lastName')}
              autoComplete="family-name"
              required
              error={e.last_name}
              miw={140}
            />
          </Group>
          <TextInput name="email" type="email" label={t('email')} autoComplete="email" required error={e.email} />
          <PasswordInput
            name="password"
            label={t('password')}
            autoComplete="new-password"
            required
            error={e.password}
          />
          <TextInput name="workspace" label={t('workspaceName')} autoComplete="organization" required error={e.name} />
          <NativeSelect
            name="locale"
            label={t('locale')}
            defaultValue={i18n.language}
            data={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
          />
          <Problem text={form.problem} />
          <Button type="submit" loading={form.busy}>
            {t('register.submit')}
          </Button>
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('haveAccount')}
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}
