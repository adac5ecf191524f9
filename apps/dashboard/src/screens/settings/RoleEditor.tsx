import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api/problem-text';
import { useSession } from '../../api/session';
import { allHeld, PermissionPicker } from './PermissionPicker';
import type { PermissionInfo } from './permission-grants';
import { ProblemAlert } from './ui';
import type { Role } from './use-roles';

/** Creates a role or edits a custom one: name, description and its permissions (the picker). */
export function RoleEditor({
  role,
  catalog,
  onDone,
  onCancel,
}: {
  role: Role | null;
  catalog: PermissionInfo[];
  onDone: (created: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('settings');
  const session = useSession();
  const held = session?.permissions ?? [];
  const [grants, setGrants] = useState<string[]>(role?.permissions ?? []);
  const save = useMutation({
    mutationFn: (body: { name: string; description: string; permissions: string[] }) =>
      role ? session!.api.roles.update({ path: { role_id: role.id }, body }) : session!.api.roles.create({ body }),
    onSuccess: () => onDone(!role),
  });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    save.mutate({
      name: String(form.get('name') ?? ''),
      description: String(form.get('description') ?? ''),
      permissions: grants,
    });
  }
  const errors = fieldErrors(save.error);
  const titleId = 'role-editor-title';
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} aria-labelledby={titleId}>
        <Stack gap="sm">
          <Text fw={700} component="h3" id={titleId}>
            {role ? t('roles.editOf', { name: role.name }) : t('roles.new')}
          </Text>
          <Group grow wrap="wrap" align="flex-start">
            <TextInput
              name="name"
              label={t('roles.name')}
              defaultValue={role?.name}
              required
              error={errors.name}
              miw={200}
            />
            <TextInput
              name="description"
              label={t('roles.description')}
              defaultValue={role?.description}
              error={errors.description}
              miw={200}
            />
          </Group>
          <Text fw={600} size="sm">
            {t('roles.permissions')}
          </Text>
          <PermissionPicker catalog={catalog} value={grants} onChange={setGrants} held={held} />
          {errors.permissions && (
            <Text size="sm" c="red.9">
              {errors.permissions}
            </Text>
          )}
          <ProblemAlert error={save.isError && !errors.name && !errors.permissions ? save.error : null} />
          <Group>
            <Button type="submit" loading={save.isPending} disabled={!allHeld(held, grants)}>
              {role ? t('save') : t('roles.create')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
