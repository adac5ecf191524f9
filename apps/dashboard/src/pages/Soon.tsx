import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useMatches } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** A section whose screen is not built yet: its name and a pointer to the API documentation. */
export function Soon() {
  const { t } = useTranslation();
  const section = useMatches({
    select: (matches) => matches.findLast((match) => match.staticData.section)?.staticData.section ?? 'home',
  });
  return (
    <Stack>
      <Title order={1}>{t(`nav.${section}` as 'nav.home')}</Title>
      <Text>{t('soon.body')}</Text>
      <Anchor href="/docs">{t('soon.docs')}</Anchor>
    </Stack>
  );
}
