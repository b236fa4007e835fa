/**
 * The words of a note for the search index: lower-case, accents kept, at least 2 characters,
 * each once. Prefix search on these finds "onboard" in "onboarding".
 */
export function indexWords(text: string): string[] {
  const words = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]{2,}/gu)) words.add(match[0].slice(0, 40));
  return [...words];
}

/** The terms of a search box query; all must match. */
export function queryTerms(query: string): string[] {
  return indexWords(query).slice(0, 8);
}
