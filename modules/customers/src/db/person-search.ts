import { type SQL, sql } from 'drizzle-orm';
import { normaliseDocument } from '../domain/documents/identity-document';
import { foldText } from '../domain/search-text';
import { customers, personDocuments } from './schema';

/** The SQL condition "this person matches q": name/email (accents, typos), phone digits or an exact document number. */
export function personMatches(q: string): SQL {
  const folded = foldText(q);
  const digits = folded.replace(/\D/g, '');
  const number = normaliseDocument(q);
  // Typo tolerance is for words: a number (phone, document) matches exactly or as a substring, never "nearly".
  const fuzzy = /\p{L}/u.test(folded) ? sql` or word_similarity(${folded}, ${customers.searchText}) >= 0.45` : sql``;
  return sql`(${customers.searchText} like ${`%${folded}%`}${fuzzy}${
    digits.length >= 4 ? sql` or ${customers.searchText} like ${`%${digits}%`}` : sql``
  } or exists (select 1 from ${personDocuments} d where d.workspace_id = ${customers.workspaceId} and d.customer_id = ${customers.id} and d.number = ${number}))`;
}
