import { Button, Group, Loader, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { operations, ResponseOf } from '@nexova/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { ProblemAlert } from '../clinic-kit/problem';
import type { Person } from './PeopleList';

type Survivor = ResponseOf<operations['getCustomer']>;

/** Merge: find and pick the duplicate, read what will happen, confirm. The survivor's version guards it (If-Match). */
export function MergeDialog(props: { survivor: Survivor; onClose: () => void; onMerged: (duplicate: string) => void }) {
  const { t } = useTranslation('people');
  const session = useSession();
  const client = useQueryClient();
  const { survivor } = props;
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const [picked, setPicked] = useState<Person | null>(null);
  const [confirming, setConfirming] = useState(false);

  const found = useQuery({
    queryKey: ['people', session?.workspace?.id, 'merge', q],
    enabled: !!session && q.length > 0,
    queryFn: ({ signal }) => session!.api.customers.list({ query: { q, limit: 10 }, signal }),
  });
  const candidates = (found.data?.items ?? []).filter((p) => p.id !== survivor.id && p.status === 'active');
  const merge = useMutation({
    mutationFn: (duplicate: Person) =>
      session!.api.customers.merge({
        path: { customer_id: survivor.id },
        body: { duplicate_id: duplicate.id },
        headers: { 'if-match': `"${survivor.version}"` },
      }),
    onSuccess: async (_, duplicate) => {
      await client.invalidateQueries({ queryKey: ['person'] });
      await client.invalidateQueries({ queryKey: ['people'] });
      props.onMerged(duplicate.name);
    },
  });

  return (
    <Modal
      opened
      onClose={props.onClose}
      closeButtonProps={{ 'aria-label': t('close') }}
      title={t('mergeTitle', { name: survivor.name })}
      size="lg"
    >
      {!confirming ? (
        <Stack>
          <TextInput
            type="search"
            label={t('mergeSearch')}
            description={t('searchHint')}
            styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            data-autofocus
          />
          {found.isFetching && <Loader size="sm" role="status" aria-label={t('loading')} />}
          <Radio.Group
            label={t('mergePick')}
            value={picked?.id ?? null}
            onChange={(value) => setPicked(candidates.find((c) => c.id === value) ?? null)}
          >
            <Stack gap="xs" mt="xs">
              {candidates.map((c) => (
                <Radio
                  key={c.id}
                  value={c.id}
                  label={`${c.name} — ${[c.phone, c.email].filter(Boolean).join(' · ') || '—'}`}
                />
              ))}
              {found.isSuccess && candidates.length === 0 && <Text size="sm">{t('empty')}</Text>}
            </Stack>
          </Radio.Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('cancel')}
            </Button>
            <Button disabled={!picked} onClick={() => setConfirming(true)}>
              {t('continue')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text>{t('mergeConfirm', { duplicate: picked?.name, survivor: survivor.name })}</Text>
          <ProblemAlert error={merge.error} fallback={t('mergeFailed')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </Button>
            <Button color="red" loading={merge.isPending} onClick={() => picked && merge.mutate(picked)}>
              {t('mergeDo')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
