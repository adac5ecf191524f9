// Folds text for search: lower case, accents removed (NFD + strip combining marks), spaces collapsed.
// Done in code because PostgreSQL's `unaccent` is not available in PGlite.
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function productSearchText(p: { name: string; description?: string | null; skus: string[] }): string {
  return foldText([p.name, p.description ?? '', ...p.skus].join(' '));
}

/** URL-safe slug of a category name. */
export const slugify = (name: string) =>
  foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
