import { Badge, Group, Tooltip } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Session } from '../api/session';
import './messages';
import { useOnline, useOutbox, useReplay } from './use-outbox';

// Explicit backgrounds: Mantine renders badge shades lighter than named, below 4.5:1 with white text.
export const OFFLINE_BG = '#9c3a00';
export const CONFLICT_BG = '#a51d1d';

/**
 * The header's connection state: "Offline" while the browser has no connection, and how many
 * changes wait or conflict (a link to /sync). Also keeps replaying waiting changes (useReplay).
 */
export function OfflineStatus({ session }: { session: Session }) {
  const { t } = useTranslation('offline');
  const online = useOnline();
  const entries = useOutbox(session);
  useReplay(session);
  const waiting = entries.filter((entry) => entry.state === 'queued').length;
  const conflicts = entries.filter((entry) => entry.state !== 'queued').length;
  // Nothing to say: no room taken in the header (it must fit 320 px).
  if (online && waiting === 0 && conflicts === 0) return null;
  return (
    <Group gap={4} wrap="nowrap" role="status" aria-live="polite">
      {!online && (
        <Tooltip label={t('offlineHint')} multiline w={240}>
          <Badge variant="filled" bg={OFFLINE_BG} c="white" tabIndex={0}>
            {t('offline')}
          </Badge>
        </Tooltip>
      )}
      {waiting > 0 && (
        <Badge component={Link} to="/sync" variant="light" color="blue" c="blue.9" style={{ cursor: 'pointer' }}>
          {t('waiting', { count: waiting })}
        </Badge>
      )}
      {conflicts > 0 && (
        <Badge component={Link} to="/sync" variant="filled" bg={CONFLICT_BG} c="white" style={{ cursor: 'pointer' }}>
          {t('conflicts', { count: conflicts })}
        </Badge>
      )}
    </Group>
  );
}
