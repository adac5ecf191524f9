import { Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { publicClient } from '../../api/session';
import { AuthCard, Done, Problem } from './AuthCard';
import { useSubmit } from './use-submit';

/** /reset-password?token=… (the reset mail's link): a new password, POST /auth/reset-password. */
export function ResetPassword() {
  const { t } = useTranslation('auth');
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const [done, setDone] = useState<string | null>(null);
  const form = useSubmit(async (f) => {
    await publicClient().auth.resetPassword({ body: { token, password: f.password ?? '' } });
    setDone(t('reset.done'));
  });
  return (
    <AuthCard title={t('reset.title')}>
      {!token ? (
        <Problem text={t('reset.noToken')} />
      ) : (
        <form onSubmit={form.onSubmit} aria-labelledby="auth-title" noValidate>
          <Stack>
            <PasswordInput
              name="password"
              label={t('newPassword')}
              autoComplete="new-password"
              required
              error={form.fields.password}
              disabled={done !== null}
            />
            <Problem text={form.fields.token ?? form.problem} />
            <Done text={done} />
            {!done && (
              <Button type="submit" loading={form.busy}>
                {t('reset.submit')}
              </Button>
            )}
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/sign-in" size="sm">
        {t('backToSignIn')}
      </Anchor>
    </AuthCard>
  );
}
