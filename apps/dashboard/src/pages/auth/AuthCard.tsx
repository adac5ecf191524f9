import { Alert, Center, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../../api/session';
import { LANGUAGES, type Language } from '../../i18n';
import { registerMessages } from '../../screens/messages';
import { messages } from './messages';

registerMessages('auth', messages);

/** The frame of the pages before sign-in: a centred card with its title, the language and the form. */
export function AuthCard({ title, subtitle, children }: { title: string; subtitle?: string; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="lg" radius="md" w="100%" maw={420}>
        <Stack>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Title order={1} size="h3" id="auth-title">
              {title}
            </Title>
            <NativeSelect
              aria-label={t('header.language')}
              size="xs"
              value={i18n.language}
              data={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
              onChange={(event) => void setLanguage(event.currentTarget.value as Language)}
            />
          </Group>
          {subtitle && <Text size="sm">{subtitle}</Text>}
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}

/** A failed call's message, announced. */
export function Problem({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <Alert color="red" role="alert" variant="light">
      <Text size="sm" c="red.9">
        {text}
      </Text>
    </Alert>
  );
}

/** A done message, announced politely. */
export function Done({ text }: { text: string | null }) {
  return (
    <div role="status" aria-live="polite">
      {text && (
        <Alert color="green" variant="light">
          <Text size="sm" c="dark.9">
            {text}
          </Text>
        </Alert>
      )}
    </div>
  );
}
