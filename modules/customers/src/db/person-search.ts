import { type SQL, sql } from 'drizzle-orm';
import { normaliseDocument } from '../domain/documents/identity-document';
import { foldText } from '../domain/search-text';
import { customers, personDocuments } from './schema';

/** The SQL condition "this person matches q": name/email/phone (accents, typos) or an exact document number. */
export function personMatches(q: string): SQL {
  const folded = foldText(q);
  const digits = folded.replace(/\D/g, '');
  const number = normaliseDocument(q);
  return sql`(${customers.searchText} like ${`%${folded}%`} or word_similarity(${folded}, ${customers.searchText}) >= 0.45${
    digits.length >= 4 ? sql` or ${customers.searchText} like ${`%${digits}%`}` : sql``
  } or exists (select 1 from ${personDocuments} d where d.workspace_id = ${customers.workspaceId} and d.customer_id = ${customers.id} and d.number = ${number}))`;
}
