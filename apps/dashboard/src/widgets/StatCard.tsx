import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card of the Home grid; `placeholder` (a kind sentence) replaces the figures when there are none. */
export function StatCard({
  title,
  children,
  placeholder,
}: {
  title: string;
  children?: ReactNode;
  placeholder?: string | null;
}) {
  const id = `card-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={id}>
      <Stack gap={6}>
        <Title order={2} size="h5" id={id}>
          {title}
        </Title>
        {placeholder ? (
          <Text size="sm" fs="italic" data-placeholder>
            {placeholder}
          </Text>
        ) : (
          children
        )}
      </Stack>
    </Paper>
  );
}

/** Label → figure rows (statuses, inbox counts). */
export function Figures({ rows }: { rows: { label: string; value: string }[] }) {
  return (
    <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: '1fr auto', rowGap: 4, columnGap: 12 }}>
      {rows.map((row) => (
        <div key={row.label} style={{ display: 'contents' }}>
          <dt>{row.label}</dt>
          <dd style={{ margin: 0, fontWeight: 700, textAlign: 'right' }}>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
