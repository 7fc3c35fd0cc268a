import { createRequire } from 'node:module';
import { stemmer } from 'stemmer';
import { glossaryWords, synonyms } from './glossary.js';

/**
 * How Chinese runs are cut into words. `jieba` (the default, measured best on the labelled query set: see
 * docs/architecture/search.md) is jieba's search mode, which also emits the words inside a compound (工单 inside
 * 工单优先级, 处理 inside 待处理); `jieba-bigrams` adds every pair of characters; `segmenter` is the platform's
 * `Intl.Segmenter`, which keeps 工单 as 工|单 and finds no word inside a compound.
 */
export type ChineseSegmentation = 'jieba' | 'jieba-bigrams' | 'segmenter';

export type Tokenizer = {
  readonly segmentation: ChineseSegmentation;
  /** The words of a text, in order, lower-cased, before stop words and stemming. */
  words(text: string): string[];
  /** What one word is indexed and searched as: nothing for a stop word, else the word and its stem. */
  terms(word: string): string[];
  /** The words of a text as they are indexed and searched. */
  termsOf(text: string): string[];
  /** The glossary's synonyms of a word, other than itself. */
  synonymsOf(word: string): readonly string[];
};

const han = /\p{Script=Han}/u;
// A run of Han characters, or a word of letters and digits that may hold . _ - inside (restore.sh, ADMIN_EMAIL, HO-1001).
const runs = /\p{Script=Han}+|[\p{L}\p{N}]+(?:[._\-/][\p{L}\p{N}]+)*/gu;
const latinWord = /^[a-z]+$/;

/** Words that say nothing about what is looked for; dropped from documents and queries alike. */
const stopWords = new Set([
  // English
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'can', 'do', 'does', 'for', 'from', 'how', 'i', 'if', 'in', 'is',
  'it', 'its', 'my', 'of', 'on', 'or', 'our', 'so', 'that', 'the', 'this', 'to', 'was', 'we', 'what', 'when', 'where',
  'which', 'who', 'why', 'will', 'with', 'you', 'your',
  // Chinese function words and question words
  '的', '了', '是', '在', '和', '与', '及', '或', '吗', '呢', '吧', '啊', '么', '把', '被', '就', '都', '也', '还', '又',
  '怎么', '怎样', '如何', '什么', '为什么', '哪', '哪里', '哪个', '多少', '会', '能', '要', '想', '我', '我的', '你',
  '他', '它', '这', '那', '这个', '那个', '一个', '时', '里', '上', '下', '中', '后', '前', '不', '没', '对', '给', '让',
]);

type Jieba = { cutForSearch(text: string, hmm?: boolean): string[]; loadDict(dict: Uint8Array): void };

let jieba: Jieba | undefined;
function loadJieba(): Jieba {
  if (jieba) return jieba;
  // A native addon with prebuilt binaries from npm; loaded on first use so the site's tests need not load it.
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): Jieba } };
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  const instance = Jieba.withDict(dict);
  // Frequent enough that the segmenter prefers the whole word to its parts.
  instance.loadDict(new TextEncoder().encode(glossaryWords.map((word) => `${word} 50000 n`).join('\n')));
  jieba = instance;
  return instance;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

function chineseWords(run: string, segmentation: ChineseSegmentation): string[] {
  if (segmentation === 'segmenter') {
    return [...segmenter.segment(run)].filter((part) => part.isWordLike).map((part) => part.segment);
  }
  const words = loadJieba().cutForSearch(run, true);
  if (segmentation === 'jieba-bigrams') {
    for (let i = 0; i + 1 < run.length; i += 1) words.push(run.slice(i, i + 2));
  }
  return words;
}

const synonymGroups = new Map<string, readonly string[]>();
for (const group of synonyms) for (const word of group) synonymGroups.set(word, group.filter((other) => other !== word));

export function createTokenizer(segmentation: ChineseSegmentation = 'jieba'): Tokenizer {
  const words = (text: string): string[] => {
    const out: string[] = [];
    for (const [match] of text.normalize('NFKC').toLowerCase().matchAll(runs)) {
      if (han.test(match[0] ?? '')) {
        out.push(...chineseWords(match, segmentation));
      } else {
        out.push(match);
        // An identifier is also found by its parts: ADMIN_EMAIL by "email", restore.sh by "restore".
        if (/[._\-/]/.test(match)) out.push(...match.split(/[._\-/]+/));
      }
    }
    return out;
  };
  const terms = (word: string): string[] => {
    if (stopWords.has(word) || word.trim() === '') return [];
    if (!latinWord.test(word) || word.length < 4) return [word];
    const stem = stemmer(word);
    return stem === word ? [word] : [word, stem];
  };
  return {
    segmentation,
    words,
    terms,
    termsOf: (text) => words(text).flatMap(terms),
    synonymsOf: (word) => synonymGroups.get(word) ?? [],
  };
}

/** The tokenizer both engines and the highlighter use. */
export const tokenizer = createTokenizer();

export function isChinese(term: string): boolean {
  return han.test(term);
}
