import {
  Alert,
  Anchor,
  Button,
  Center,
  Group,
  NativeSelect,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { NexovaError } from '@nexova/client';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage, signIn } from '../api/session';
import { LANGUAGES, type Language } from '../i18n';
import { SECTION_PATHS } from '../sections';

/** The problem+json the API answered (already in the page's language: the client sends it), or ours. */
function messageOf(error: unknown, t: (key: string) => string): string {
  if (error instanceof NexovaError) {
    if (error.status === 0) return t('signIn.network');
    const field = error.errors.find((e) => e.message)?.message;
    return [error.title, error.detail ?? field].filter(Boolean).join(': ') || t('signIn.failed');
  }
  return t('signIn.failed');
}

export function SignIn() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await signIn(String(form.get('email') ?? ''), String(form.get('password') ?? ''));
      await navigate({ to: '/' });
    } catch (caught) {
      setError(messageOf(caught, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="lg" radius="md" w="100%" maw={380}>
        <form onSubmit={submit} aria-labelledby="sign-in-title" noValidate>
          <Stack>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Title order={1} size="h3" id="sign-in-title">
                {t('signIn.title')}
              </Title>
              <NativeSelect
                aria-label={t('header.language')}
                size="xs"
                value={i18n.language}
                data={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
                onChange={(event) => void setLanguage(event.currentTarget.value as Language)}
              />
            </Group>
            <Text size="sm">{t('signIn.subtitle')}</Text>
            <TextInput name="email" type="email" label={t('signIn.email')} autoComplete="username" required />
            <PasswordInput name="password" label={t('signIn.password')} autoComplete="current-password" required />
            {error && (
              <Alert color="red" role="alert" variant="light">
                <Text size="sm" c="red.9">
                  {error}
                </Text>
              </Alert>
            )}
            <Button type="submit" loading={busy}>
              {t('signIn.submit')}
            </Button>
            <Group justify="space-between" gap="xs">
              <Anchor component={Link} to={SECTION_PATHS.register} size="sm">
                {t('signIn.register')}
              </Anchor>
              <Anchor component={Link} to={SECTION_PATHS.forgotPassword} size="sm">
                {t('signIn.forgot')}
              </Anchor>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
