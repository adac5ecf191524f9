// Folds text for search: lower case, accents removed (NFD + strip combining marks), spaces collapsed.
// Done in code because PostgreSQL's `unaccent` is not available in PGlite.
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function customerSearchText(c: { name: string; email?: string | null; phone?: string | null }): string {
  return [c.name, c.email ?? '', (c.phone ?? '').replace(/\D/g, '')].map(foldText).filter(Boolean).join(' ');
}
