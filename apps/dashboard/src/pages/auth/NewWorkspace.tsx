import { Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { accountClient, reloadWorkspaces } from '../../api/session';
import { LANGUAGES } from '../../i18n';
import { Problem } from './AuthCard';
import { localTimezone } from './Register';
import { useSubmit } from './use-submit';

const zones = (): string[] => {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  return supported ? supported('timeZone') : [localTimezone()];
};

/** /new-workspace (from the workspace switcher): POST /workspaces, then into it. */
export function NewWorkspace() {
  const { t, i18n } = useTranslation('auth');
  const navigate = useNavigate();
  const form = useSubmit(async (f) => {
    const modules = (['shop', 'clinic'] as const).filter((m) => f[`module_${m}`] === 'on');
    const workspace = await accountClient().workspaces.create({
      body: {
        name: f.name ?? '',
        settings: { locale: (f.locale ?? 'es') as 'es', timezone: f.timezone ?? localTimezone(), modules },
      },
    });
    await reloadWorkspaces(workspace.id);
    await navigate({ to: '/' });
  });
  const e = form.fields;
  return (
    <Paper withBorder p="lg" maw={520}>
      <form onSubmit={form.onSubmit} aria-labelledby="new-workspace-title" noValidate>
        <Stack>
          <Title order={1} id="new-workspace-title">
            {t('newWorkspace.title')}
          </Title>
          <Text size="sm">{t('newWorkspace.subtitle')}</Text>
          <TextInput name="name" label={t('workspaceName')} required error={e.name} />
          <NativeSelect
            name="locale"
            label={t('locale')}
            defaultValue={i18n.language}
            data={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
          />
          <NativeSelect
            name="timezone"
            label={t('timezone')}
            defaultValue={localTimezone()}
            data={zones()}
            error={e.settings}
          />
          <Checkbox.Group label={t('newWorkspace.modules')}>
            <Group mt={4}>
              <Checkbox name="module_shop" label={t('newWorkspace.shop')} defaultChecked />
              <Checkbox name="module_clinic" label={t('newWorkspace.clinic')} />
            </Group>
          </Checkbox.Group>
          <Problem text={form.problem} />
          <Button type="submit" loading={form.busy}>
            {t('newWorkspace.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
