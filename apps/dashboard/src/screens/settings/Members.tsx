import { Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { fieldErrors } from '../../api/problem-text';
import { useSession } from '../../api/session';
import { registerMessages } from '../messages';
import { messages } from './messages';
import { CollectionTable, Heading, Notice, ProblemAlert, useCollection, useWhen } from './ui';
import { useRoles } from './use-roles';

registerMessages('settings', messages);

/** Members (change a role) and invitations (invite by email with a role, revoke). */
export function Members() {
  const { t } = useTranslation('settings');
  const session = useSession();
  const api = session!.api;
  const queryClient = useQueryClient();
  const when = useWhen();
  const mayManage = can(session?.permissions ?? [], 'members:manage');
  const roles = useRoles(can(session?.permissions ?? [], 'roles:read'));
  const [notice, setNotice] = useState<string | null>(null);
  const members = useCollection(['members'], (cursor, signal) =>
    api.members.list({ query: { limit: 50, cursor }, signal }),
  );
  const invitations = useCollection(['invitations'], (cursor, signal) =>
    api.invitations.list({ query: { limit: 50, cursor }, signal }),
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['settings'] });

  const invite = useMutation({
    mutationFn: (body: { email: string; role_id: string }) => api.invitations.inviteMember({ body }),
    onSuccess: (created) => {
      setNotice(t('members.invited', { email: created.email }));
      void refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api.invitations.revoke({ path: { invitation_id: id } }),
    onSuccess: () => {
      setNotice(t('members.revoked'));
      void refresh();
    },
  });
  const changeRole = useMutation({
    mutationFn: ({ userId, roleId }: { userId: string; roleId: string }) =>
      api.members.update({ path: { user_id: userId }, body: { role_id: roleId } }),
    onSuccess: () => {
      setNotice(t('members.roleChanged'));
      void refresh();
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setNotice(null);
    invite.mutate(
      { email: String(form.get('email') ?? ''), role_id: String(form.get('role_id') ?? '') },
      { onSuccess: () => (event.target as HTMLFormElement).reset() },
    );
  }
  const roleOptions = (roles.data ?? []).map((r) => ({ value: r.id, label: r.name }));
  const inviteErrors = fieldErrors(invite.error);
  const noManage = mayManage ? undefined : t('noPermission', { permission: 'members:manage' });

  return (
    <Stack>
      <Heading>{t('members.title')}</Heading>
      <Notice text={notice} />
      <ProblemAlert error={changeRole.error ?? revoke.error} />
      <CollectionTable
        query={members as never}
        caption={t('members.title')}
        head={[t('members.email'), t('members.role'), t('members.status'), t('members.joined')]}
      >
        {members.items.map((m) => {
          const self = m.user_id === session?.me.id;
          return (
            <Table.Tr key={m.user_id}>
              <Table.Td>
                {m.email} {self && t('members.you')}
              </Table.Td>
              <Table.Td>
                {mayManage && !self && roleOptions.length > 0 ? (
                  <NativeSelect
                    size="xs"
                    aria-label={t('members.roleOf', { email: m.email })}
                    value={m.role_id}
                    data={roleOptions}
                    onChange={(event) => changeRole.mutate({ userId: m.user_id, roleId: event.currentTarget.value })}
                  />
                ) : (
                  m.role_name
                )}
              </Table.Td>
              <Table.Td>{t(`members.${m.status}`)}</Table.Td>
              <Table.Td>{when(m.joined_at)}</Table.Td>
            </Table.Tr>
          );
        })}
      </CollectionTable>

      <Paper withBorder p="md">
        <form onSubmit={submit} aria-labelledby="invite-title">
          <Stack gap="sm">
            <Text fw={700} id="invite-title" component="h3">
              {t('members.invite')}
            </Text>
            {noManage && <Text size="sm">{noManage}</Text>}
            <Group align="flex-start" wrap="wrap" gap="sm">
              <TextInput
                name="email"
                type="email"
                label={t('members.email')}
                required
                disabled={!mayManage}
                error={inviteErrors.email}
                miw={240}
              />
              <NativeSelect
                name="role_id"
                label={t('members.role')}
                data={roleOptions}
                defaultValue={roles.data?.find((r) => r.name === 'Staff')?.id}
                key={roleOptions.length}
                disabled={!mayManage}
                error={inviteErrors.role_id}
              />
            </Group>
            <ProblemAlert
              error={invite.isError && !inviteErrors.email && !inviteErrors.role_id ? invite.error : null}
            />
            <Button type="submit" loading={invite.isPending} disabled={!mayManage} w="fit-content">
              {t('members.inviteSubmit')}
            </Button>
          </Stack>
        </form>
      </Paper>

      <Heading>{t('members.invitations')}</Heading>
      <CollectionTable
        query={invitations as never}
        caption={t('members.invitations')}
        head={[t('members.email'), t('members.role'), t('members.status'), t('members.expires'), t('actions')]}
      >
        {invitations.items.map((i) => (
          <Table.Tr key={i.id} data-invitation={i.email}>
            <Table.Td>{i.email}</Table.Td>
            <Table.Td>{i.role_name}</Table.Td>
            <Table.Td>{t(i.accepted_at ? 'members.accepted' : 'members.pending')}</Table.Td>
            <Table.Td>{when(i.expires_at)}</Table.Td>
            <Table.Td>
              {!i.accepted_at && (
                <Tooltip label={noManage} disabled={mayManage}>
                  <Button
                    size="compact-xs"
                    variant="default"
                    disabled={!mayManage}
                    aria-label={t('members.revokeOf', { email: i.email })}
                    onClick={() => revoke.mutate(i.id)}
                  >
                    {t('members.revoke')}
                  </Button>
                </Tooltip>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </CollectionTable>
    </Stack>
  );
}
