import { Button, Fieldset, Group, NumberInput, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type VariantDraft = { id?: string; version?: number; sku: string; options: string; price: string | number };

type Props = {
  variants: VariantDraft[];
  onChange: (next: VariantDraft[]) => void;
  currency: string;
  digits: number;
  /** Field errors by JSON pointer (`/variants/1/sku`). */
  errors: Record<string, string>;
};

/** The product's variants: SKU, options and price each, added and removed in place. */
export function VariantsEditor({ variants, onChange, currency, digits, errors }: Props) {
  const { t, i18n } = useTranslation('catalog');
  const set = (index: number, patch: Partial<VariantDraft>) =>
    onChange(variants.map((v, i) => (i === index ? { ...v, ...patch } : v)));
  const decimal = new Intl.NumberFormat(i18n.language).format(1.5).charAt(1);
  return (
    <section aria-labelledby="variants-title">
      <Title order={2} size="h4" id="variants-title" mb="xs">
        {t('form.variants')}
      </Title>
      {variants.map((v, i) => (
        <Fieldset key={v.id ?? `new-${i}`} legend={t('form.variant', { n: i + 1 })} mb="sm">
          <Group align="flex-start" gap="sm" grow preventGrowOverflow={false}>
            <TextInput
              label={t('form.sku')}
              required
              value={v.sku}
              onChange={(e) => set(i, { sku: e.currentTarget.value })}
              error={errors[`/variants/${i}/sku`]}
              miw={140}
            />
            <TextInput
              label={t('form.options')}
              placeholder={t('form.optionsHint')}
              value={v.options}
              onChange={(e) => set(i, { options: e.currentTarget.value })}
              error={errors[`/variants/${i}/options`]}
              miw={160}
            />
            <NumberInput
              label={t('form.price', { currency })}
              required
              value={v.price}
              min={0}
              decimalScale={digits}
              decimalSeparator={decimal}
              onChange={(value) => set(i, { price: value })}
              error={errors[`/variants/${i}/price`]}
              miw={120}
            />
          </Group>
          {variants.length > 1 && (
            <Button
              variant="subtle"
              color="red"
              c="red.9"
              size="xs"
              mt="xs"
              onClick={() => onChange(variants.filter((_, j) => j !== i))}
            >
              {t('form.removeVariant', { n: i + 1 })}
            </Button>
          )}
        </Fieldset>
      ))}
      <Button variant="default" size="xs" onClick={() => onChange([...variants, { sku: '', options: '', price: '' }])}>
        {t('form.addVariant')}
      </Button>
    </section>
  );
}
