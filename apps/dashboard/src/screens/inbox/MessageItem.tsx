import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import styles from './Inbox.module.css';
import type { Message } from './types';

/** One message: who wrote it, its text, its image inline or its file as a link, when, and its status. */
export function MessageItem({ message: m }: { message: Message }) {
  const { t, i18n } = useTranslation('inbox');
  const who = t(m.author_type === 'contact' ? 'contact' : m.author_type);
  const when = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(m.created_at));
  return (
    <li className={m.direction === 'inbound' ? styles.inbound : styles.outbound} data-direction={m.direction}>
      <Text size="xs" fw={600}>
        {who}
      </Text>
      {m.media && <Media message={m} who={who} />}
      {m.text && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-text>
          {m.text}
        </Text>
      )}
      <Text size="xs" c="gray.8">
        <time dateTime={m.created_at}>{when}</time>
        {m.direction === 'outbound' && ` · ${t(`status.${m.status}`)}`}
        {m.error && ` · ${m.error}`}
      </Text>
    </li>
  );
}

function Media({ message: m, who }: { message: Message; who: string }) {
  const { t } = useTranslation('inbox');
  const media = m.media!;
  if (media.status === 'failed') return <Text size="sm">{t('fileFailed')}</Text>;
  if (!media.url) return <Text size="sm">{t('fileDownloading')}</Text>;
  if (media.content_type?.startsWith('image/'))
    return (
      <a href={media.url} target="_blank" rel="noreferrer">
        <img className={styles.image} src={media.url} alt={media.filename ?? t('image', { who })} />
      </a>
    );
  return (
    <Anchor href={media.url} target="_blank" rel="noreferrer" size="sm">
      {media.filename ?? t('file')}
    </Anchor>
  );
}
