import SearchableMap from 'minisearch/SearchableMap';
import { emptyFacets, type Facets, type SearchDocument } from '../documents.js';
import type { QueryTerm } from '../query-terms.js';
import type { Tokenizer } from '../tokenizer.js';
import { Codes, Growable, TagSets } from './columns.js';
import { Postings } from './postings.js';
import { TopHeap, type ShardHit } from './top-heap.js';

export type { ShardHit };

/** The indexed fields, in the order of their ids; a term keeps one posting list per field it occurs in. */
export const indexedFields = ['title', 'number', 'tagsText', 'headings', 'text', 'internal'] as const;
export type IndexedField = (typeof indexedFields)[number];
export type TermEntry = (Postings | undefined)[];

const fieldText = (document: SearchDocument): (string | undefined)[] => [document.title, document.number, document.tags.join(' '), document.headings, document.text, document.internal];

/** BM25+ as MiniSearch computes it (k 1.2, b 0.7, d 0.5), so the labelled set's scores carried over. */
const bm25 = { k: 1.2, b: 0.7, d: 0.5 };
/** Weights of a term found by prefix or by typo tolerance, as MiniSearch derives them from the distance. */
const weights = { prefix: 0.5, fuzzy: 0.6 };

export type ShardQuery = {
  groups: QueryTerm[][];
  /** Field boosts; a field left out is not searched (internal notes for anonymous callers). */
  boosts: Partial<Record<IndexedField, number>>;
  /** Every group must match (a filter), instead of ranking by how much matches. */
  all: boolean;
  /** Narrows the matches: a slot passes or not (filters). */
  keep?: (slot: number, shard: ShardIndex) => boolean;
  readerLocale: string;
  readerLocaleBoost: number;
  /** How many of the best to return (offset + limit of the page asked for). */
  top: number;
};

export type ShardResult = { total: number; hits: ShardHit[]; facets: Facets; derived: DerivedTerm[] };
/** A vocabulary term a query term led to, and what a snippet marks for it (a prefix match marks the typed prefix). */
type DerivedTerm = { mark: string; entry: TermEntry };

/**
 * One index of the embedded engine: documents in numbered slots, their stored fields, field lengths and facet codes
 * in columns, and per term and field a sorted posting list. A search scores term at a time into per-slot
 * accumulators (reset lazily by a stamp, so nothing is cleared between searches), then keeps the best `top` in a
 * small heap and counts facets over every match: no object per matching document, which is what made MiniSearch's
 * search slow on common words at 100,000 tickets.
 */
export class ShardIndex {
  readonly terms = new SearchableMap<TermEntry>();
  documents: (SearchDocument | undefined)[] = [];
  readonly slotOf = new Map<string, number>();
  fieldLengths = indexedFields.map(() => new Growable(Uint32Array));
  lengthSums = new Float64Array(indexedFields.length);
  live = 0;
  readonly codes = { type: new Codes(), locale: new Codes(), section: new Codes(), status: new Codes(), tags: new TagSets() };
  // Scratch space of a search, by slot.
  private scores = new Growable(Float64Array);
  private seen = new Growable(Int32Array);
  private termMark = new Growable(Int32Array);
  private groupMark = new Growable(Int32Array);
  private quality = new Growable(Uint8Array);
  private groupsHit = new Growable(Uint8Array);
  private touched = new Growable(Uint32Array);
  private stamp = 0;

  constructor(private readonly tokenizer: Tokenizer) {}

  get documentCount(): number {
    return this.live;
  }

  get slotCount(): number {
    return this.documents.length;
  }

  get dead(): number {
    return this.documents.length - this.live;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  add(document: SearchDocument): void {
    if (this.slotOf.has(document.id)) this.remove(document.id);
    const slot = this.documents.length;
    this.documents.push(document);
    this.slotOf.set(document.id, slot);
    this.live += 1;
    this.setColumns(slot, document);
    fieldText(document).forEach((text, field) => {
      if (text == null) return;
      const words = this.tokenizer.words(text);
      const length = new Set(words).size;
      this.fieldLengths[field]!.set(slot, length);
      this.lengthSums[field]! += length;
      const counts = new Map<string, number>();
      for (const word of words) for (const term of this.tokenizer.terms(word)) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, count] of counts) {
        let entry = this.terms.get(term);
        if (!entry) this.terms.set(term, (entry = []));
        (entry[field] ??= new Postings()).push(slot, count);
      }
    });
  }

  /** Marks the document gone; its postings stay until `compact` (a search skips empty slots). */
  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.documents[slot] = undefined;
    this.live -= 1;
    indexedFields.forEach((_, field) => (this.lengthSums[field]! -= this.fieldLengths[field]!.get(slot)));
  }

  /** Renumbers the slots without the removed documents and drops their postings (and terms left with none). */
  compact(): void {
    if (this.dead === 0) return;
    const remap = new Int32Array(this.documents.length).fill(-1);
    const documents: SearchDocument[] = [];
    this.documents.forEach((document, slot) => {
      if (!document) return;
      remap[slot] = documents.length;
      documents.push(document);
    });
    const emptied: string[] = [];
    for (const [term, entry] of this.terms) {
      let any = false;
      entry.forEach((postings, field) => {
        if (!postings) return;
        postings.compact(remap);
        if (postings.length === 0) entry[field] = undefined;
        else any = true;
      });
      if (!any) emptied.push(term);
    }
    for (const term of emptied) this.terms.delete(term);
    for (const lengths of this.fieldLengths) lengths.compact(remap);
    for (const codes of Object.values(this.codes)) codes.compact(remap);
    this.documents = documents;
    documents.forEach((document, slot) => this.slotOf.set(document.id, slot));
  }

  search(query: ShardQuery): ShardResult {
    const fields = indexedFields.map((name, field) => ({ field, boost: query.boosts[name] })).filter((field): field is { field: number; boost: number } => field.boost !== undefined);
    const derivedAll: DerivedTerm[] = [];
    const capacity = this.documents.length;
    const scores = this.scores.ensure(capacity);
    const seen = this.seen.ensure(capacity);
    const termMark = this.termMark.ensure(capacity);
    const groupMark = this.groupMark.ensure(capacity);
    const quality = this.quality.ensure(capacity);
    const groupsHit = this.groupsHit.ensure(capacity);
    const touched = this.touched.ensure(capacity);
    if (this.stamp > 0x3fffffff) this.resetStamps();
    const searchStamp = ++this.stamp;
    const documents = this.documents;
    const hasDead = this.dead > 0;
    let touchedCount = 0;
    const total = Math.max(this.live, 1);
    for (const group of query.groups) {
      const groupStamp = ++this.stamp;
      for (const queryTerm of group) {
        const termStamp = ++this.stamp;
        for (const { mark, entry, weight } of this.derive(queryTerm)) {
          derivedAll.push({ mark, entry });
          for (const { field, boost } of fields) {
            const postings = entry[field];
            if (!postings) continue;
            const { slots, freqs, length } = postings;
            let matching = length;
            if (hasDead) for (let i = 0; i < length; i++) if (!documents[slots[i]!]) matching -= 1;
            if (matching === 0) continue;
            const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
            const factor = weight * queryTerm.boost * boost * idf;
            const lengths = this.fieldLengths[field]!.array;
            const average = this.lengthSums[field]! / total || 1;
            const norm = bm25.k * (1 - bm25.b);
            const perLength = (bm25.k * bm25.b) / average;
            for (let i = 0; i < length; i++) {
              const slot = slots[i]!;
              if (hasDead && !documents[slot]) continue;
              const freq = freqs[i]!;
              const score = factor * (bm25.d + (freq * (bm25.k + 1)) / (freq + norm + perLength * lengths[slot]!));
              if (seen[slot] !== searchStamp) {
                seen[slot] = searchStamp;
                scores[slot] = 0;
                quality[slot] = 0;
                groupsHit[slot] = 0;
                touched[touchedCount++] = slot;
              }
              scores[slot] = scores[slot]! + score;
              if (termMark[slot] !== termStamp) {
                termMark[slot] = termStamp;
                quality[slot] = quality[slot]! + 1;
              }
              if (groupMark[slot] !== groupStamp) {
                groupMark[slot] = groupStamp;
                groupsHit[slot] = groupsHit[slot]! + 1;
              }
            }
          }
        }
      }
    }
    return { ...this.collect(touched, touchedCount, query), derived: derivedAll };
  }

  /** What a snippet marks for a document: the terms it matched in the searched fields (a prefix as typed). */
  termsOf(slot: number, derived: DerivedTerm[], boosts: ShardQuery['boosts']): string[] {
    const fields = indexedFields.map((name, field) => (boosts[name] === undefined ? -1 : field)).filter((field) => field >= 0);
    const out = new Set<string>();
    for (const { mark, entry } of derived) if (!out.has(mark) && fields.some((field) => entry[field]?.has(slot))) out.add(mark);
    return [...out];
  }

  /** The term itself, the terms it begins (the last word typed), and the terms within its typo distance. */
  private *derive(queryTerm: QueryTerm): Iterable<{ mark: string; entry: TermEntry; weight: number }> {
    const { term } = queryTerm;
    const exact = this.terms.get(term);
    if (exact) yield { mark: term, entry: exact, weight: 1 };
    const prefixed = new Set<string>();
    if (queryTerm.prefix) {
      for (const [other, entry] of this.terms.atPrefix(term)) {
        const distance = other.length - term.length;
        if (!distance) continue;
        prefixed.add(other);
        // The highlighter marks a Latin prefix to the end of its word, and a Chinese one where it stands.
        yield { mark: term, entry, weight: (weights.prefix * other.length) / (other.length + 0.3 * distance) };
      }
    }
    if (queryTerm.fuzzy > 0) {
      for (const [other, [entry, distance]] of this.terms.fuzzyGet(term, queryTerm.fuzzy)) {
        if (!distance || prefixed.has(other)) continue;
        yield { mark: other, entry, weight: (weights.fuzzy * other.length) / (other.length + distance) };
      }
    }
  }

  private collect(touched: Uint32Array, count: number, query: ShardQuery): Omit<ShardResult, 'derived'> {
    const scores = this.scores.array;
    const quality = this.quality.array;
    const groupsHit = this.groupsHit.array;
    const readerLocale = this.codes.locale.codeOf(query.readerLocale);
    const { type, section, locale, status, tags } = this.codes;
    const [types, sections, locales, statuses, tagSets] = [type.array, section.array, locale.array, status.array, tags.array];
    // Facets are counted per code (a few values each; tag lists as one code per distinct list) and named at the end.
    const counts = { type: new Int32Array(256), section: new Int32Array(256), locale: new Int32Array(256), status: new Int32Array(256) };
    const tagSetCounts = new Int32Array(tags.size);
    const heap = new TopHeap(query.top);
    const groups = query.groups.length;
    const { all, keep, readerLocaleBoost } = query;
    let total = 0;
    for (let i = 0; i < count; i++) {
      const slot = touched[i]!;
      if (all && groupsHit[slot]! < groups) continue;
      if (keep && !keep(slot, this)) continue;
      total += 1;
      let score = scores[slot]! * quality[slot]!;
      if (locales[slot] === readerLocale) score *= readerLocaleBoost;
      heap.offer(slot, score);
      counts.type[types[slot]!]! += 1;
      counts.section[sections[slot]!]! += 1;
      counts.locale[locales[slot]!]! += 1;
      counts.status[statuses[slot]!]! += 1;
      tagSetCounts[tagSets[slot]!]! += 1;
    }
    const facets = emptyFacets();
    for (const name of ['type', 'section', 'locale', 'status'] as const) {
      counts[name].forEach((n, code) => {
        if (code > 0 && n > 0) facets[name][this.codes[name].valueAt(code)] = n;
      });
    }
    tagSetCounts.forEach((n, code) => {
      if (code > 0 && n > 0) for (const tag of tags.listAt(code)) facets.tag[tag] = (facets.tag[tag] ?? 0) + n;
    });
    return { total, hits: heap.sorted(), facets };
  }

  /** The facet columns of a slot. */
  setColumns(slot: number, document: SearchDocument): void {
    this.codes.type.set(slot, document.type);
    this.codes.locale.set(slot, document.locale);
    this.codes.section.set(slot, document.section);
    this.codes.status.set(slot, document.status);
    this.codes.tags.set(slot, document.tags);
  }

  private resetStamps(): void {
    for (const column of [this.seen, this.termMark, this.groupMark]) column.array.fill(0);
    this.stamp = 0;
  }
}
