import { describe, expect, it } from 'vitest';
import { findTerms, snippetOf } from '../src/search/highlight.js';

const marked = (text: string, ranges: { start: number; end: number }[]) => ranges.map((range) => text.slice(range.start, range.end));

describe('highlighting the matched terms', () => {
  it('marks a Chinese word inside a longer one, and a Latin term at the start of a word only', () => {
    const text = '待处理的工单优先级 Deployment waits; redeploy is not a match for deploy';
    expect(marked(text, findTerms(text, ['处理', '工单', 'deploy']))).toEqual(['处理', '工单', 'Deployment', 'deploy']);
  });

  it('marks each place once when terms overlap (a stem, its word, a typo variant)', () => {
    const text = 'deployment deploy deploymnet';
    expect(marked(text, findTerms(text, ['deploy', 'deployment', 'deploymnet', 'deploy']))).toEqual(['deployment', 'deploy', 'deploymnet']);
  });

  it('knows letters beyond ASCII and beyond the first plane: an emoji is not part of a word, an extension-B character is', () => {
    const text = '🚀deploy éditer ré-editer 𠀀deploy';
    expect(marked(text, findTerms(text, ['deploy', 'editer']))).toEqual(['deploy', 'editer']);
  });

  it('treats the terms as text, not as patterns', () => {
    expect(marked('a+b (c) a.b', findTerms('a+b (c) a.b', ['a.b', '(c)']))).toEqual(['(c)', 'a.b']);
  });

  it('cuts the snippet around the densest cluster of matches, with ranges relative to it', () => {
    const text = `${'filler '.repeat(40)}backup once ${'filler '.repeat(60)}backup restore backup drill ${'filler '.repeat(40)}`;
    const { snippet, highlights } = snippetOf(text, ['backup', 'restore'], 60);
    expect(snippet.startsWith('…')).toBe(true);
    expect(marked(snippet, highlights)).toEqual(['backup', 'restore', 'backup']);
  });

  it('starts at the beginning when nothing matched', () => {
    expect(snippetOf('first words of the page', ['absent'], 10)).toEqual({ snippet: 'first words…', highlights: [] });
  });
});
