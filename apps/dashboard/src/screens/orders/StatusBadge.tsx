import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  draft: 'gray',
  pending: 'yellow',
  confirmed: 'blue',
  shipped: 'indigo',
  delivered: 'green',
  canceled: 'red',
};

/** An order status in the page's language (the shared `status` words), coloured by its meaning. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  // Dark text on a light tint keeps 4.5:1 whatever the colour.
  return (
    <Badge color={COLORS[status] ?? 'gray'} variant="light" c="dark.8" data-status={status}>
      {t(`status.${status}`, { defaultValue: status })}
    </Badge>
  );
}
