import { Alert, Button, Loader, Table, Text, Title } from '@mantine/core';
import { type InfiniteData, useInfiniteQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/problem-text';
import styles from './Settings.module.css';

type Page<T> = { items: T[]; next_cursor: string | null };

/** A collection of the API, a page at a time (cursor-paged), under `key`. */
export function useCollection<T>(
  key: unknown[],
  list: (cursor: string | undefined, signal: AbortSignal) => Promise<Page<T>>,
) {
  const query = useInfiniteQuery<Page<T>, Error, InfiniteData<Page<T>>, unknown[], string | undefined>({
    queryKey: ['settings', ...key],
    initialPageParam: undefined,
    queryFn: ({ pageParam, signal }) => list(pageParam, signal),
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
  return { ...query, items: query.data?.pages.flatMap((p) => p.items) ?? [] };
}

/** A page's h2. */
export const Heading = ({ children }: { children: ReactNode }) => (
  <Title order={2} size="h3">
    {children}
  </Title>
);

/** Loading, error or empty states of a collection, then its table (scrolling sideways when narrow). */
export function CollectionTable({
  query,
  caption,
  head,
  children,
}: {
  query: ReturnType<typeof useCollection<unknown>>;
  caption: string;
  head: string[];
  children: ReactNode;
}) {
  const { t } = useTranslation('settings');
  if (query.isPending) return <Loader role="status" aria-label={t('app.loading', { ns: 'translation' })} />;
  if (query.isError) return <ProblemAlert error={query.error} />;
  if (query.items.length === 0) return <Text size="sm">{t('none')}</Text>;
  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take keyboard focus to scroll (WCAG 2.1.1). */}
      <section className={styles.tableWrap} aria-label={caption} tabIndex={0}>
        <Table striped highlightOnHover miw={560}>
          <Table.Thead>
            <Table.Tr>
              {head.map((h) => (
                <Table.Th key={h} scope="col">
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </section>
      {query.hasNextPage && (
        <Button
          variant="default"
          size="xs"
          loading={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {t('more')}
        </Button>
      )}
    </>
  );
}

export function ProblemAlert({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <Alert color="red" role="alert" variant="light">
      <Text size="sm" c="red.9">
        {problemText(error)}
      </Text>
    </Alert>
  );
}

/** A done message, announced politely. */
export function Notice({ text }: { text: string | null }) {
  return (
    <div role="status" aria-live="polite">
      {text && <Text size="sm">{text}</Text>}
    </div>
  );
}

/** A date-time in the page's language. */
export function useWhen() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  return (iso: string | null | undefined) => (iso ? format.format(new Date(iso)) : '—');
}
