import type { LocalizedText } from '../db/schema';

/** The locales catalogs are shipped in; the last resort of every fallback chain, in this order. */
export const CATALOG_LOCALES = ['es', 'pt-BR', 'en'] as const;

/**
 * Where a localized text is looked up, best first: the caller's locale (Accept-Language), the
 * workspace's locale, then es → pt-BR → en. A regional tag (`es-AR`, `pt`) also tries its language.
 */
export function localeChain(requested: string | null, workspaceLocale: string | null): string[] {
  const chain: string[] = [];
  const add = (tag: string | null) => {
    if (!tag) return;
    const base = tag.toLowerCase().startsWith('pt') ? 'pt-BR' : tag.split('-')[0]?.toLowerCase();
    for (const t of [tag, base]) if (t && !chain.includes(t)) chain.push(t);
  };
  add(requested);
  add(workspaceLocale);
  for (const l of CATALOG_LOCALES) add(l);
  return chain;
}

/** The text in the first locale of `chain` that has one (else any), with that locale. */
export function pickText(
  text: LocalizedText | null | undefined,
  chain: string[],
): { value: string; locale: string } | null {
  if (!text) return null;
  for (const locale of chain) {
    const value = text[locale];
    if (value) return { value, locale };
  }
  const [locale, value] = Object.entries(text).find(([, v]) => v) ?? [];
  return locale && value ? { value, locale } : null;
}
