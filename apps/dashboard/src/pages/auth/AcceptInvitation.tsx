import { Button, Group, PasswordInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountClient, publicClient, reloadWorkspaces, signIn, useSession } from '../../api/session';
import { AuthCard, Problem } from './AuthCard';
import { useSubmit } from './use-submit';

type Mode = 'create' | 'signIn';

/**
 * /accept-invitation?token=… (the invitation mail's link): create an account with the invited email
 * (or sign in), accept (POST /invitations/accept) and land in the workspace.
 */
export function AcceptInvitation() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const session = useSession();
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const [mode, setMode] = useState<Mode>('create');

  const join = async () => {
    const joined = await accountClient().invitations.accept({ body: { token } });
    await reloadWorkspaces(joined.workspace_id);
    await navigate({ to: '/' });
  };
  const form = useSubmit(async (f) => {
    if (!session) {
      if (mode === 'create')
        await publicClient().auth.register({
          body: {
            email: f.email ?? '',
            password: f.password ?? '',
            first_name: f.first_name ?? '',
            last_name: f.last_name ?? '',
          },
        });
      // The account exists now: a retry (say, after a wrong token) signs in instead.
      setMode('signIn');
      await signIn(f.email ?? '', f.password ?? '');
    }
    await join();
  });
  const e = form.fields;

  if (!token)
    return (
      <AuthCard title={t('invitation.title')}>
        <Problem text={t('invitation.noToken')} />
      </AuthCard>
    );
  return (
    <AuthCard title={t('invitation.title')} subtitle={t('invitation.subtitle')}>
      <form onSubmit={form.onSubmit} aria-labelledby="auth-title" noValidate>
        <Stack>
          {session ? (
            <Text size="sm">{t('invitation.signedInAs', { email: session.me.email })}</Text>
          ) : (
            <>
              <SegmentedControl
                aria-label={t('invitation.title')}
                value={mode}
                onChange={(value) => setMode(value as Mode)}
                data={[
                  { value: 'create', label: t('invitation.create') },
                  { value: 'signIn', label: t('invitation.signIn') },
                ]}
              />
              {mode === 'create' && (
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
              )}
              <TextInput name="email" type="email" label={t('email')} autoComplete="email" required error={e.email} />
              <PasswordInput
                name="password"
                label={t('password')}
                autoComplete={mode === 'create' ? 'new-password' : 'current-password'}
                required
                error={e.password}
              />
            </>
          )}
          <Problem text={e.token ?? form.problem} />
          <Button type="submit" loading={form.busy}>
            {t(
              session ? 'invitation.accept' : mode === 'create' ? 'invitation.submitCreate' : 'invitation.submitSignIn',
            )}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
