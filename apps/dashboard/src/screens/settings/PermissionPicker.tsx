import { Checkbox, Code, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { areasOf, grantedBy, mayGrant, type PermissionInfo, toggle, wildcardOf } from './permission-grants';
import styles from './Settings.module.css';

type Props = {
  /** The API's catalog of permissions (GET /permissions). */
  catalog: readonly PermissionInfo[];
  /** The grants chosen (wildcards allowed: `*`, `orders:*`). */
  value: readonly string[];
  onChange: (grants: string[]) => void;
  /** What the member editing holds: they may not grant more (the API refuses it; here it is disabled). */
  held: readonly string[];
  disabled?: boolean;
};

/**
 * Picks a role's (or an API key's) permissions, grouped by area, each area with its wildcard
 * (`orders:*`: today's orders permissions and any added later). A grant the member does not hold is
 * disabled with the reason; one a wildcard already covers shows as included. Below, what it grants.
 */
export function PermissionPicker({ catalog, value, onChange, held, disabled = false }: Props) {
  const { t } = useTranslation('settings');
  const everything = value.includes('*');
  const granted = grantedBy(value, catalog);
  const reason = (grant: string) => (mayGrant(held, grant) ? undefined : t('picker.notHeld', { permission: grant }));
  // Permission names hold a colon, i18next's namespace separator: looked up with it turned off.
  const describe = (p: PermissionInfo) =>
    t(`permissions.${p.name}`, { nsSeparator: false, defaultValue: p.description });

  return (
    <Stack gap="sm">
      <Checkbox
        classNames={{ description: styles.description }}
        label={t('picker.everything')}
        description={reason('*')}
        checked={everything}
        disabled={disabled || !mayGrant(held, '*')}
        onChange={(event) => onChange(event.currentTarget.checked ? ['*'] : [])}
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {areasOf(catalog).map(({ area, permissions }) => {
          const wildcard = wildcardOf(area);
          const areaAll = everything || value.includes(wildcard);
          return (
            <fieldset key={area} className={styles.area} data-area={area}>
              <legend>
                <Code>{area}</Code>
              </legend>
              <Stack gap={6}>
                <Checkbox
                  classNames={{ description: styles.description }}
                  label={t('picker.allOf', { area })}
                  description={everything ? t('picker.included', { grant: '*' }) : reason(wildcard)}
                  checked={areaAll}
                  disabled={disabled || everything || !mayGrant(held, wildcard)}
                  onChange={(event) => onChange(toggle(value, wildcard, event.currentTarget.checked))}
                />
                {permissions.map((p) => {
                  const covered = everything ? '*' : areaAll ? wildcard : null;
                  return (
                    <Checkbox
                      classNames={{ description: styles.description }}
                      key={p.name}
                      label={<Code>{p.name}</Code>}
                      description={covered ? t('picker.included', { grant: covered }) : (reason(p.name) ?? describe(p))}
                      checked={covered !== null || value.includes(p.name)}
                      disabled={disabled || covered !== null || !mayGrant(held, p.name)}
                      onChange={(event) => onChange(toggle(value, p.name, event.currentTarget.checked))}
                    />
                  );
                })}
              </Stack>
            </fieldset>
          );
        })}
      </SimpleGrid>
      <div role="status" aria-live="polite">
        <Text size="sm" fw={600}>
          {t('picker.summary', { count: granted.length, total: catalog.length })}
        </Text>
        <Group gap={4} mt={4} data-granted>
          {granted.map((name) => (
            <Code key={name}>{name}</Code>
          ))}
        </Group>
      </div>
    </Stack>
  );
}

/** Whether every grant is one the member holds (to enable saving). */
export const allHeld = (held: readonly string[], grants: readonly string[]) => grants.every((g) => can(held, g));
