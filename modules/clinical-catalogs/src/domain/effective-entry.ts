import type { CatalogKind, EffectiveEntry, OverrideField } from '../contracts/entry';
import type { entries, overrides } from '../db/schema';
import { pickText } from './locales';

export type EntryRow = typeof entries.$inferSelect;
export type OverrideRow = typeof overrides.$inferSelect;

/**
 * The effective entry (global ⊕ override) in the first locale of `chain` that has a name. Each
 * override field left null inherits the entry's value, so a later change of the global entry reaches
 * every workspace that did not override that field. Price and currency are one field: an override
 * sets both or neither. The version is the entry's plus the override's: both only grow (an override
 * is cleared, never deleted), so any change of either gives a new ETag.
 */
export function effectiveEntry(entry: EntryRow, override: OverrideRow | null, chain: string[]): EffectiveEntry {
  const name = pickText(entry.names, chain) ?? { value: entry.key ?? entry.id, locale: chain[0] ?? 'en' };
  const o = override;
  const overridden: OverrideField[] = [];
  if (o?.hidden) overridden.push('hidden');
  if (o?.alias != null) overridden.push('alias');
  if (o?.priceAmount != null) overridden.push('price');
  if (o?.durationMinutes != null) overridden.push('duration_minutes');
  if (o?.preparationNotes != null) overridden.push('preparation_notes');
  const priced = o?.priceAmount != null ? o : entry;
  const updated = o && o.updatedAt > entry.updatedAt ? o.updatedAt : entry.updatedAt;
  return {
    id: entry.id,
    catalog: entry.kind as CatalogKind,
    source: entry.workspaceId ? 'workspace' : 'global',
    key: entry.key,
    code: entry.code,
    name: o?.alias ?? name.value,
    standard_name: name.value,
    alias: o?.alias ?? null,
    locale: name.locale,
    hidden: o?.hidden ?? false,
    duration_minutes: o?.durationMinutes ?? entry.durationMinutes,
    price: priced.priceAmount,
    currency: priced.currency,
    preparation_notes: o?.preparationNotes ?? pickText(entry.preparationNotes, chain)?.value ?? null,
    attributes: entry.attributes,
    overridden,
    version: entry.version + (o?.version ?? 0),
    updated_at: updated.toISOString(),
  };
}
