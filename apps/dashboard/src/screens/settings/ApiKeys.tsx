import { Button, Code, CopyButton, Group, Paper, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { fieldErrors } from '../../api/problem-text';
import { useSession } from '../../api/session';
import { registerMessages } from '../messages';
import { messages } from './messages';
import { allHeld, PermissionPicker } from './PermissionPicker';
import styles from './Settings.module.css';
import { CollectionTable, Heading, Notice, ProblemAlert, useCollection, useWhen } from './ui';
import { usePermissionCatalog } from './use-catalog';

registerMessages('settings', messages);

/** API keys: create one with its permissions (its secret shown once), revoke. */
export function ApiKeys() {
  const { t } = useTranslation('settings');
  const session = useSession();
  const api = session!.api;
  const held = session?.permissions ?? [];
  const queryClient = useQueryClient();
  const when = useWhen();
  const catalog = usePermissionCatalog();
  const mayManage = can(held, 'api_keys:manage');
  const [grants, setGrants] = useState<string[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const keys = useCollection(['api-keys'], (cursor, signal) =>
    api.apiKeys.list({ query: { limit: 50, cursor }, signal }),
  );
  const create = useMutation({
    mutationFn: (name: string) => api.apiKeys.create({ body: { name, permissions: grants } }),
    onSuccess: (created) => {
      setSecret(created.key);
      setGrants([]);
      void queryClient.invalidateQueries({ queryKey: ['settings', 'api-keys'] });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api.apiKeys.revoke({ path: { api_key_id: id } }),
    onSuccess: () => {
      setNotice(t('apiKeys.revokedDone'));
      void queryClient.invalidateQueries({ queryKey: ['settings', 'api-keys'] });
    },
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSecret(null);
    const form = event.currentTarget;
    create.mutate(String(new FormData(form).get('name') ?? ''), { onSuccess: () => form.reset() });
  }
  const errors = fieldErrors(create.error);
  const noManage = mayManage ? undefined : t('noPermission', { permission: 'api_keys:manage' });

  return (
    <Stack>
      <Heading>{t('apiKeys.title')}</Heading>
      <Notice text={notice} />
      <ProblemAlert error={revoke.error} />
      <CollectionTable
        query={keys as never}
        caption={t('apiKeys.title')}
        head={[t('apiKeys.name'), t('apiKeys.prefix'), t('roles.grants'), t('apiKeys.lastUsed'), t('actions')]}
      >
        {keys.items.map((k) => (
          <Table.Tr key={k.id}>
            <Table.Td>{k.name}</Table.Td>
            <Table.Td>
              <Code>{k.prefix}…</Code>
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                {k.permissions.map((p) => (
                  <Code key={p}>{p}</Code>
                ))}
              </Group>
            </Table.Td>
            <Table.Td>{k.last_used_at ? when(k.last_used_at) : t('apiKeys.never')}</Table.Td>
            <Table.Td>
              {k.revoked_at ? (
                t('apiKeys.revoked')
              ) : (
                <Button
                  size="compact-xs"
                  variant="default"
                  disabled={!mayManage}
                  aria-label={t('apiKeys.revokeOf', { name: k.name })}
                  onClick={() => revoke.mutate(k.id)}
                >
                  {t('apiKeys.revoke')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </CollectionTable>
      <Paper withBorder p="md">
        <form onSubmit={submit} aria-labelledby="api-key-title">
          <Stack gap="sm">
            <Text fw={700} component="h3" id="api-key-title">
              {t('apiKeys.new')}
            </Text>
            {noManage && <Text size="sm">{noManage}</Text>}
            <TextInput
              name="name"
              label={t('apiKeys.name')}
              required
              disabled={!mayManage}
              error={errors.name}
              maw={360}
            />
            {catalog.data && (
              <PermissionPicker
                catalog={catalog.data}
                value={grants}
                onChange={setGrants}
                held={held}
                disabled={!mayManage}
              />
            )}
            <ProblemAlert error={create.isError && !errors.name ? create.error : null} />
            <Tooltip label={noManage} disabled={mayManage}>
              <Button
                type="submit"
                loading={create.isPending}
                disabled={!mayManage || !allHeld(held, grants)}
                w="fit-content"
              >
                {t('apiKeys.create')}
              </Button>
            </Tooltip>
          </Stack>
        </form>
      </Paper>
      <div role="status" aria-live="polite">
        {secret && (
          <Paper withBorder p="sm">
            <Text size="sm" fw={700} mb={4}>
              {t('apiKeys.secret')}
            </Text>
            <Group gap="xs" wrap="nowrap" align="center">
              <Code className={styles.secret} data-secret>
                {secret}
              </Code>
              <CopyButton value={secret}>
                {({ copied, copy }) => (
                  <Button size="compact-xs" variant="default" onClick={copy}>
                    {copied ? t('apiKeys.copied') : t('apiKeys.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Paper>
        )}
      </div>
    </Stack>
  );
}
