import type { TxContext } from '@nexova/db';
import { type SQL, sql } from 'drizzle-orm';
import { DOCUMENT_TYPES, parseDocument } from '../domain/documents/identity-document';
import { normalisePhone } from '../domain/phone';
import { foldText } from '../domain/search-text';
import { documentIndex, emailIndex, phoneIndex } from './personal-fields';
import { customers, personDocuments } from './schema';

/** Blind indexes of what q may be as a phone: a local number, or digits typed without their "+". */
async function phoneKeys(t: TxContext, q: string, defaultRegion: string): Promise<string[]> {
  const text = q.trim();
  if (!/^[\d\s()+.-]{8,}$/.test(text)) return [];
  const candidates = [normalisePhone(text, defaultRegion)];
  if (/^\d/.test(text)) candidates.push(normalisePhone(`+${text.replace(/\D/g, '')}`, defaultRegion));
  const keys = new Set<string>();
  for (const phone of candidates) if (phone) keys.add(await phoneIndex(t, phone));
  return [...keys];
}

/**
 * The SQL condition "this person matches q": the name (accents, typos, substrings), or exactly a phone
 * (any spelling, through its blind index), an e-mail address or a document number of any type whose
 * check digits fit. Phones, e-mails and documents are sealed, so they match whole, never in part.
 */
export async function personMatches(t: TxContext, q: string, defaultRegion = 'BR'): Promise<SQL> {
  const folded = foldText(q);
  const fuzzy = /\p{L}/u.test(folded) ? sql` or word_similarity(${folded}, ${customers.searchText}) >= 0.45` : sql``;
  const exact: SQL[] = [];
  for (const key of await phoneKeys(t, q, defaultRegion)) exact.push(sql` or ${customers.phoneKey} = ${key}`);
  if (folded.includes('@')) exact.push(sql` or ${customers.emailKey} = ${await emailIndex(t, folded)}`);
  const documentKeys: string[] = [];
  for (const type of DOCUMENT_TYPES) {
    const doc = parseDocument(type, q);
    if (doc) documentKeys.push(await documentIndex(t, doc.type, doc.number));
  }
  if (documentKeys.length > 0)
    exact.push(
      sql` or exists (select 1 from ${personDocuments} d where d.workspace_id = ${customers.workspaceId} and d.customer_id = ${customers.id} and d.number_key in (${sql.join(
        documentKeys.map((k) => sql`${k}`),
        sql`, `,
      )}))`,
    );
  return sql`(${customers.searchText} like ${`%${folded}%`}${fuzzy}${sql.join(exact, sql``)})`;
}
