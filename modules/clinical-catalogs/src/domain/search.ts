// Catalog search over a workspace's effective entries (held in memory by the cache): accents and
// case folded, a substring of any name (every locale), the alias or the code matches, and so does a
// word close enough by trigrams (pg_trgm's word similarity, the same measure customers' search uses
// in SQL), so "hipertencion" finds "Hipertensión esencial".

/** Lower case, accents removed, runs of non-alphanumerics as one space. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .trim();
}

function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Similarity (0–1) of `query` to its best-matching word of `text` (both folded). */
export function wordSimilarity(query: string, text: string): number {
  const q = trigrams(query);
  let best = 0;
  for (const word of text.split(' ')) {
    const w = trigrams(word);
    let shared = 0;
    for (const g of q) if (w.has(g)) shared++;
    best = Math.max(best, shared / (q.size + w.size - shared));
  }
  return best;
}

export const SIMILARITY_THRESHOLD = 0.45;

/** Whether a folded query matches a folded haystack: every query word is a substring or a close word. */
export function matches(query: string, haystack: string): boolean {
  if (haystack.includes(query)) return true;
  return query
    .split(' ')
    .every((word) => haystack.includes(word) || wordSimilarity(word, haystack) >= SIMILARITY_THRESHOLD);
}
