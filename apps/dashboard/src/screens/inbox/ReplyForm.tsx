import { Alert, Button, Group, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, problemText } from '../../api/problem-text';
import { useSession } from '../../api/session';

/**
 * The member's reply: text, a file (uploaded first with POST /conversations/{id}/files, then sent with
 * its text as the caption), or both. Errors come back as the API's problem+json, next to the field.
 */
export function ReplyForm({ conversationId, mayWrite }: { conversationId: string; mayWrite: boolean }) {
  const { t } = useTranslation('inbox');
  const session = useSession();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const [sent, setSent] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const api = session!.api;

  const send = useMutation({
    mutationFn: async ({ body, file }: { body: string; file: File | undefined }) => {
      const path = { conversation_id: conversationId };
      let media: { file_id: string } | undefined;
      if (file) {
        const form = new FormData();
        form.append('file', file);
        const stored = await api.conversations.uploadFile({ path, body: form } as never);
        media = { file_id: (stored as { id: string }).id };
      }
      return api.conversations.messages.send({
        path,
        body: { ...(body ? { text: body } : {}), ...(media ? { media } : {}) },
      });
    },
    onSuccess: () => {
      setText('');
      if (fileRef.current) fileRef.current.value = '';
      setSent(true);
      void queryClient.invalidateQueries({ queryKey: ['inbox'] });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    const body = text.trim();
    setSent(false);
    setEmpty(!body && !file);
    if (!body && !file) return;
    send.mutate({ body, file });
  }

  const errors = fieldErrors(send.error);
  return (
    <form onSubmit={submit} aria-label={t('reply')}>
      <Stack gap="xs">
        <Textarea
          label={t('reply')}
          name="text"
          autosize
          minRows={2}
          maxRows={6}
          value={text}
          disabled={!mayWrite}
          error={errors.text ?? (empty ? t('nothingToSend') : undefined)}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) submit(event);
          }}
        />
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Stack gap={2} miw={0} maw="100%">
            <Text component="label" htmlFor={fileId} size="sm">
              {t('attach')}
            </Text>
            <input
              id={fileId}
              ref={fileRef}
              type="file"
              style={{ maxWidth: '100%', width: '100%' }}
              name="file"
              accept="image/jpeg,image/png,application/pdf"
              disabled={!mayWrite}
            />
            {(errors.file ?? errors.media) && (
              <Text size="sm" c="red.9">
                {errors.file ?? errors.media}
              </Text>
            )}
          </Stack>
          <Tooltip label={t('needsWrite')} disabled={mayWrite}>
            <Button type="submit" loading={send.isPending} disabled={!mayWrite}>
              {t('send')}
            </Button>
          </Tooltip>
        </Group>
        <div role="status" aria-live="polite">
          {sent && <Text size="sm">{t('sent')}</Text>}
        </div>
        {send.isError && !errors.text && (
          <Alert color="red" role="alert">
            {problemText(send.error)}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
