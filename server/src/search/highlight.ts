import { isChinese } from './tokenizer.js';

export type Range = { start: number; end: number };

/** Finds a search's terms in the texts of its hits: built once per search, used for every hit's text and title. */
export type Highlighter = {
  find(text: string): Range[];
  /** A window of about `length` characters around the densest cluster of matches. */
  snippet(text: string, length?: number): { snippet: string; highlights: Range[] };
};

/**
 * Where the terms occur in a text. A Chinese term matches anywhere (工单 inside 工单优先级, as it was found); a Latin
 * term matches at the start of a word, so a stem marks the whole word's beginning (deploy in deployment). Ranges are
 * sorted and never overlap. The Latin terms (a search's typo and prefix variants are often dozens) are one pattern.
 */
export function highlighter(terms: readonly string[]): Highlighter {
  const unique = [...new Set(terms.filter((term) => term.length > 0))];
  const chinese = unique.filter((term) => isChinese(term));
  const latin = unique.filter((term) => !isChinese(term));
  const find = (text: string): Range[] => {
    const ranges: Range[] = [];
    const lower = text.toLowerCase();
    for (const term of chinese) {
      for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + term.length)) ranges.push({ start: at, end: at + term.length });
    }
    // indexOf and a look at the neighbours: several times faster than one Unicode-aware pattern over the text.
    for (const term of latin) {
      for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) {
        if (at > 0 && isWordCharacter(lower, at - 1)) continue;
        let end = at + term.length;
        while (end < lower.length && isWordCharacter(lower, end)) end += 1;
        ranges.push({ start: at, end });
      }
    }
    ranges.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged: Range[] = [];
    for (const range of ranges) {
      const last = merged.at(-1);
      if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
      else merged.push({ ...range });
    }
    return merged;
  };
  return { find, snippet: (text, length = 180) => snippetAround(text, find, length) };
}

const letterOrDigit = /[\p{L}\p{N}]/u;
/** A letter or digit of any script (ASCII answered without a pattern); either half of a surrogate pair answers for the pair. */
function isWordCharacter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  if (code >= 0xdc00 && code <= 0xdfff && at > 0) return letterOrDigit.test(String.fromCodePoint(text.codePointAt(at - 1)!));
  if (code >= 0xd800 && code <= 0xdbff) return letterOrDigit.test(String.fromCodePoint(text.codePointAt(at)!));
  return letterOrDigit.test(text[at]!);
}

export function findTerms(text: string, terms: readonly string[]): Range[] {
  return highlighter(terms).find(text);
}

export function snippetOf(text: string, terms: readonly string[], length = 180): { snippet: string; highlights: Range[] } {
  return highlighter(terms).snippet(text, length);
}

/**
 * A window of about `length` characters around the densest cluster of matches, with the ranges inside it made
 * relative to it. Starts at the text's beginning when nothing matched (the page's first words).
 */
function snippetAround(text: string, find: Highlighter['find'], length: number): { snippet: string; highlights: Range[] } {
  const flat = text.replace(/\s+/g, ' ').trim();
  const ranges = find(flat);
  let from = 0;
  if (ranges.length > 0) {
    // The window starting at a match that holds the most matches: two pointers over the sorted, disjoint ranges.
    let best = 0;
    let bestCount = -1;
    let last = 0;
    for (let first = 0; first < ranges.length; first += 1) {
      const start = ranges[first]!.start;
      last = Math.max(last, first);
      while (last + 1 < ranges.length && ranges[last + 1]!.end <= start + length) last += 1;
      const count = ranges[first]!.end <= start + length ? last - first + 1 : 0;
      if (count > bestCount) {
        best = start;
        bestCount = count;
      }
    }
    from = Math.max(0, best - Math.floor(length / 4));
    // Do not cut an English word in half.
    if (from > 0 && !isChinese(flat[from] ?? '')) {
      const space = flat.lastIndexOf(' ', from);
      if (space !== -1 && from - space < 20) from = space + 1;
    }
  }
  let to = Math.min(flat.length, from + length);
  if (to < flat.length && !isChinese(flat[to] ?? '')) {
    const space = flat.indexOf(' ', to);
    if (space !== -1 && space - to < 20) to = space;
  }
  const prefix = from > 0 ? '…' : '';
  const suffix = to < flat.length ? '…' : '';
  const snippet = `${prefix}${flat.slice(from, to)}${suffix}`;
  const highlights = ranges
    .filter((range) => range.start >= from && range.end <= to)
    .map((range) => ({ start: range.start - from + prefix.length, end: range.end - from + prefix.length }));
  return { snippet, highlights };
}
