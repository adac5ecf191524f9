import { Alert, Anchor, Button, Loader, NativeSelect, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { fieldErrors, problemMessage } from '../../api/problems';
import { type Session, useSession } from '../../api/session';
import { registerMessages } from '../messages';
import { messages } from './messages';
import { digitsOf, formatOptions, parseOptions } from './prices';
import { PRODUCT_STATUSES } from './routes';
import type { Product } from './types';
import { type VariantDraft, VariantsEditor } from './VariantsEditor';

registerMessages('catalog', messages);

/** /catalog/new creates a product with its variants; /catalog/$id edits one (product, then each changed variant). */
export function ProductForm() {
  const { t } = useTranslation('catalog');
  const session = useSession();
  const { id } = useParams({ strict: false }) as { id?: string };
  const product = useQuery({
    queryKey: ['product', id],
    enabled: !!id && !!session?.workspace,
    queryFn: ({ signal }) => session!.api.products.get({ path: { product_id: id! }, signal }),
  });
  return (
    <Stack>
      <Anchor component={Link} to="/catalog" size="sm">
        ← {t('form.back')}
      </Anchor>
      {id && product.isPending && <Loader role="status" aria-label={t('app.loading', { ns: 'translation' })} />}
      {product.isError && (
        <Alert color="red" role="alert" title={t('form.loadError')}>
          {problemMessage(product.error, '')}
        </Alert>
      )}
      {session && (!id || product.data) && (
        <Editor key={product.data?.version ?? 'new'} session={session} product={product.data} />
      )}
    </Stack>
  );
}

function Editor({ session, product }: { session: Session; product?: Product }) {
  const { t } = useTranslation('catalog');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState(product?.name ?? '');
  const [description, setDescription] = useState(product?.description ?? '');
  const [status, setStatus] = useState<string>(product?.status ?? 'active');
  const [currency, setCurrency] = useState(product?.currency ?? session.workspace?.settings.default_currency ?? 'BRL');
  const digits = digitsOf(currency.length === 3 ? currency.toUpperCase() : 'BRL');
  const [variants, setVariants] = useState<VariantDraft[]>(
    product?.variants.map((v) => ({
      id: v.id,
      version: v.version,
      sku: v.sku,
      options: formatOptions(v.options),
      price: v.price / 10 ** digits,
    })) ?? [{ sku: '', options: '', price: '' }],
  );
  const [done, setDone] = useState('');
  const writer = can(session.permissions, 'products:write');
  const minor = (price: string | number) => Math.round(Number(price) * 10 ** digits);

  const save = useMutation({
    mutationFn: async (): Promise<Product> => {
      const api = session.api;
      if (!product)
        return api.products.create({
          body: {
            name,
            description: description || null,
            status: status as Product['status'],
            currency: currency.toUpperCase(),
            variants: variants.map((v) => ({ sku: v.sku, options: parseOptions(v.options), price: minor(v.price) })),
          },
        });
      let saved = await api.products.update({
        path: { product_id: product.id },
        body: {
          name,
          description: description || null,
          status: status as Product['status'],
          expected_version: product.version,
        },
      });
      for (const v of variants) {
        const before = product.variants.find((o) => o.id === v.id);
        const body = { sku: v.sku, options: parseOptions(v.options), price: minor(v.price) };
        if (!before) saved = await api.products.variants.create({ path: { product_id: product.id }, body });
        else if (before.sku !== body.sku || before.price !== body.price || formatOptions(before.options) !== v.options)
          saved = await api.products.variants.update({
            path: { product_id: product.id, variant_id: before.id },
            body: { ...body, expected_version: before.version },
          });
      }
      for (const gone of product.variants.filter((o) => !variants.some((v) => v.id === o.id)))
        await api.products.variants.delete({ path: { product_id: product.id, variant_id: gone.id } });
      return saved;
    },
    onSuccess: async (saved) => {
      setDone('form.saved');
      await queryClient.invalidateQueries({ queryKey: ['products'] });
      await queryClient.invalidateQueries({ queryKey: ['product', saved.id] });
      if (!product) await navigate({ to: `/catalog/${saved.id}` as never });
    },
  });
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    save.mutate();
  };

  return (
    <form onSubmit={submit} aria-labelledby="product-form">
      <Stack maw={760}>
        <Title order={1} id="product-form">
          {product ? t('form.editTitle', { name: product.name }) : t('form.newTitle')}
        </Title>
        <TextInput
          label={t('form.name')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors['/name']}
        />
        <Textarea
          label={t('form.description')}
          value={description}
          autosize
          minRows={2}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={errors['/description']}
        />
        <NativeSelect
          label={t('form.status')}
          value={status}
          data={PRODUCT_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          onChange={(e) => setStatus(e.currentTarget.value)}
          w={200}
        />
        <TextInput
          label={t('form.currency')}
          value={currency}
          maxLength={3}
          disabled={!!product}
          onChange={(e) => setCurrency(e.currentTarget.value)}
          error={errors['/currency']}
          w={120}
        />
        <VariantsEditor
          variants={variants}
          onChange={setVariants}
          currency={currency.toUpperCase()}
          digits={digits}
          errors={errors}
        />
        <Button type="submit" loading={save.isPending} disabled={!writer} w="fit-content">
          {t('form.save')}
        </Button>
        {!writer && <Alert color="gray">{t('list.noWrite')}</Alert>}
        {save.isError && (
          <Alert color="red" role="alert" title={t('form.failed')}>
            {problemMessage(save.error, '')}
          </Alert>
        )}
        <span role="status" aria-live="polite">
          {done && t(done)}
        </span>
      </Stack>
    </form>
  );
}
