import { Alert, List, Text } from '@mantine/core';
import { NexovaError } from '@nexova/client';
import { useTranslation } from 'react-i18next';
import { registerMessages } from '../messages';

registerMessages('clinic-kit', {
  en: { network: 'The server could not be reached. Check your connection and try again.' },
  es: { network: 'No se pudo contactar al servidor. Revisá tu conexión y volvé a intentar.' },
  'pt-BR': { network: 'Não foi possível falar com o servidor. Verifique sua conexão e tente de novo.' },
});

/** The field errors of a problem+json answer by their pointer's last part (`/amount` → amount). */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (error instanceof NexovaError)
    for (const e of error.errors) {
      const name = (e.pointer ?? '').split('/').pop();
      if (name && e.message) out[name] = e.message;
    }
  return out;
}

/** What went wrong, in the page's language: the API's translated title and detail, or a network note. */
export function ProblemAlert({ error, fallback }: { error: unknown; fallback: string }) {
  const { t } = useTranslation('clinic-kit');
  if (!error) return null;
  const problem = error instanceof NexovaError ? error : null;
  const title = problem?.status === 0 ? t('network') : (problem?.title ?? fallback);
  return (
    <Alert color="red" variant="light" role="alert" title={title}>
      {problem?.detail && (
        <Text size="sm" c="red.9">
          {problem.detail}
        </Text>
      )}
      {problem && problem.errors.length > 0 && (
        <List size="sm" c="red.9">
          {problem.errors.map((e) => (
            <List.Item key={`${e.pointer}-${e.message}`}>{[e.pointer, e.message].filter(Boolean).join(': ')}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
