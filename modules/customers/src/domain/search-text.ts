// Folds text for search: lower case, accents removed (NFD + strip combining marks), spaces collapsed.
// Done in code because PostgreSQL's `unaccent` is not available in PGlite.
export function foldText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The name only: phone, e-mail and documents are sealed and matched through blind indexes. */
export function customerSearchText(c: { name: string }): string {
  return foldText(c.name);
}
