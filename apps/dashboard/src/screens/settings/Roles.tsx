import { Badge, Button, Code, Group, Loader, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { useSession } from '../../api/session';
import { registerMessages } from '../messages';
import { messages } from './messages';
import { RoleEditor } from './RoleEditor';
import styles from './Settings.module.css';
import { Heading, Notice, ProblemAlert } from './ui';
import { usePermissionCatalog } from './use-catalog';
import { type Role, useRoles } from './use-roles';

registerMessages('settings', messages);

/** Roles: the built-in ones and custom ones, created and edited with the permission picker. */
export function Roles() {
  const { t } = useTranslation('settings');
  const session = useSession();
  const queryClient = useQueryClient();
  const roles = useRoles();
  const catalog = usePermissionCatalog();
  const mayManage = can(session?.permissions ?? [], 'roles:manage');
  const [editing, setEditing] = useState<Role | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (role: Role) => session!.api.roles.delete({ path: { role_id: role.id } }),
    onSuccess: () => {
      setNotice(t('roles.deleted'));
      void queryClient.invalidateQueries({ queryKey: ['settings', 'roles'] });
    },
  });
  const noManage = mayManage ? undefined : t('noPermission', { permission: 'roles:manage' });

  if (roles.isPending || catalog.isPending)
    return <Loader role="status" aria-label={t('app.loading', { ns: 'translation' })} />;
  if (roles.isError || catalog.isError) return <ProblemAlert error={roles.error ?? catalog.error} />;
  return (
    <Stack>
      <Group justify="space-between">
        <Heading>{t('roles.title')}</Heading>
        <Tooltip label={noManage} disabled={mayManage}>
          <Button size="xs" disabled={!mayManage} onClick={() => setEditing('new')}>
            {t('roles.new')}
          </Button>
        </Tooltip>
      </Group>
      <Notice text={notice} />
      <ProblemAlert error={remove.error} />
      {editing && (
        <RoleEditor
          key={editing === 'new' ? 'new' : editing.id}
          role={editing === 'new' ? null : editing}
          catalog={catalog.data}
          onCancel={() => setEditing(null)}
          onDone={(created) => {
            setEditing(null);
            setNotice(t(created ? 'roles.created' : 'roles.updated'));
            void queryClient.invalidateQueries({ queryKey: ['settings', 'roles'] });
          }}
        />
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take keyboard focus to scroll (WCAG 2.1.1). */}
      <section className={styles.tableWrap} aria-label={t('roles.title')} tabIndex={0}>
        <Table striped miw={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('roles.name')}</Table.Th>
              <Table.Th scope="col">{t('roles.grants')}</Table.Th>
              <Table.Th scope="col">{t('actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {roles.data.map((role) => (
              <Table.Tr key={role.id} data-role={role.name}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {role.name}{' '}
                    {role.system && (
                      <Badge size="xs" color="dark" variant="outline">
                        {t('roles.system')}
                      </Badge>
                    )}
                  </Text>
                  <Text size="xs">{role.description}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {role.permissions.map((p) => (
                      <Code key={p}>{p}</Code>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  {!role.system && (
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="default"
                        disabled={!mayManage}
                        aria-label={t('roles.editOf', { name: role.name })}
                        onClick={() => setEditing(role)}
                      >
                        {t('roles.edit')}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="default"
                        disabled={!mayManage}
                        aria-label={t('roles.deleteOf', { name: role.name })}
                        onClick={() => remove.mutate(role)}
                      >
                        {t('remove')}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
    </Stack>
  );
}
