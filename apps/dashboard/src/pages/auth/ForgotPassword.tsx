import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { publicClient } from '../../api/session';
import { AuthCard, Done, Problem } from './AuthCard';
import { useSubmit } from './use-submit';

/** Forgot password: POST /auth/forgot-password (always 202: it never says whether the email exists). */
export function ForgotPassword() {
  const { t } = useTranslation('auth');
  const [sent, setSent] = useState<string | null>(null);
  const form = useSubmit(async (f) => {
    setSent(null);
    await publicClient().auth.forgotPassword({ body: { email: f.email ?? '' } });
    setSent(t('forgot.sent', { email: f.email }));
  });
  return (
    <AuthCard title={t('forgot.title')} subtitle={t('forgot.subtitle')}>
      <form onSubmit={form.onSubmit} aria-labelledby="auth-title" noValidate>
        <Stack>
          <TextInput
            name="email"
            type="email"
            label={t('email')}
            autoComplete="email"
            required
            error={form.fields.email}
          />
          <Problem text={form.problem} />
          <Done text={sent} />
          <Button type="submit" loading={form.busy}>
            {t('forgot.submit')}
          </Button>
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('backToSignIn')}
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}
