import { isChinese, type Tokenizer } from './tokenizer.js';

/** One term of a query as both engines search it. */
export type QueryTerm = {
  term: string;
  /** 1 for what was typed, less for a stem or a glossary synonym. */
  boost: number;
  /** Edit distance allowed: 0 for Chinese and short words, 1 from 5 letters, 2 from 9 (as Meilisearch counts). */
  fuzzy: number;
  /** The last word typed may be unfinished (search as you type). */
  prefix: boolean;
};

/**
 * Turns what was typed into the terms to look for: the tokenizer's words (stop words dropped), each word's stem,
 * and the glossary's synonyms of each word at a lower weight. Terms are unique; the first weight wins.
 */
export function queryTerms(text: string, tokenizer: Tokenizer): QueryTerm[] {
  return queryGroups(text, tokenizer).flat();
}

/**
 * The same terms grouped by the word typed: a document matches a word when it has any term of its group (the word,
 * its stem, a synonym). "All words must match" is then every group matching.
 */
export function queryGroups(text: string, tokenizer: Tokenizer): QueryTerm[][] {
  const words = tokenizer.words(text);
  const endsInWord = /[\p{L}\p{N}]$/u.test(text.trim()) && !/\s$/.test(text);
  const seen = new Set<string>();
  const groups: QueryTerm[][] = [];
  words.forEach((word, index) => {
    const [first, ...rest] = tokenizer.terms(word);
    if (first === undefined || seen.has(first)) return;
    const group: QueryTerm[] = [];
    // Only the word as typed is looked up with typos: its stem comes from the same letters (a typo in the word is
    // found through the word), and synonyms are the glossary's, spelt right. Each typo lookup walks the vocabulary.
    const add = (term: string, boost: number, prefix: boolean, typos: boolean) => {
      if (group.some((other) => other.term === term)) return;
      seen.add(term);
      const latin = typos && !isChinese(term) && /^[a-z]+$/.test(term);
      group.push({ term, boost, fuzzy: latin ? (term.length >= 9 ? 2 : term.length >= 5 ? 1 : 0) : 0, prefix });
    };
    const last = index === words.length - 1 && endsInWord;
    add(first, 1, last && first.length >= 2, true);
    for (const stem of rest) add(stem, 0.8, false, false);
    for (const synonym of tokenizer.synonymsOf(word)) for (const term of tokenizer.terms(synonym)) add(term, 0.5, false, false);
    groups.push(group);
  });
  return groups;
}

/** A query holds something to look for once punctuation, emoji and stop words are gone. */
export function hasSearchableTerms(text: string, tokenizer: Tokenizer): boolean {
  return tokenizer.termsOf(text).length > 0;
}
