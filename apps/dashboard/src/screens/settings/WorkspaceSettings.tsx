import { Button, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { fieldErrors } from '../../api/problem-text';
import { reloadWorkspaces, useSession } from '../../api/session';
import { LANGUAGES } from '../../i18n';
import { registerMessages } from '../messages';
import { messages } from './messages';
import { Heading, Notice, ProblemAlert } from './ui';

registerMessages('settings', messages);

const zones = (current: string): string[] => {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  const all = supported ? supported('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
};

/** The workspace's name, language and time zone (PATCH /workspaces/{id}, workspace:update). */
export function WorkspaceSettings() {
  const { t } = useTranslation('settings');
  const session = useSession();
  const workspace = session?.workspace;
  const mayUpdate = can(session?.permissions ?? [], 'workspace:update');
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: { name: string; settings: { locale: 'es' | 'pt-BR' | 'en'; timezone: string } }) =>
      session!.api.workspaces.update({ path: { workspace_id: workspace!.id }, body }),
    onSuccess: async (updated) => {
      await reloadWorkspaces(updated.id);
      setSaved(t('saved'));
    },
  });
  if (!workspace) return null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(null);
    save.mutate({
      name: String(form.get('name') ?? ''),
      settings: { locale: String(form.get('locale')) as 'es', timezone: String(form.get('timezone')) },
    });
  }
  const errors = fieldErrors(save.error);
  return (
    <Paper withBorder p="md" maw={560}>
      <form onSubmit={submit} aria-labelledby="workspace-title">
        <Stack>
          <div id="workspace-title">
            <Heading>{t('tabs.workspace')}</Heading>
          </div>
          {!mayUpdate && <Text size="sm">{t('noPermission', { permission: 'workspace:update' })}</Text>}
          <TextInput
            name="name"
            label={t('workspace.name')}
            defaultValue={workspace.name}
            disabled={!mayUpdate}
            error={errors.name}
            required
          />
          <NativeSelect
            name="locale"
            label={t('workspace.locale')}
            defaultValue={workspace.settings.locale}
            disabled={!mayUpdate}
            data={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
          />
          <NativeSelect
            name="timezone"
            label={t('workspace.timezone')}
            defaultValue={workspace.settings.timezone}
            disabled={!mayUpdate}
            data={zones(workspace.settings.timezone)}
            error={errors.settings}
          />
          <ProblemAlert error={save.isError && !errors.name ? save.error : null} />
          <Notice text={saved} />
          <Button type="submit" loading={save.isPending} disabled={!mayUpdate} w="fit-content">
            {t('save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
