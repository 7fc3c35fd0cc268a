import * as cheerio from 'cheerio';

/**
 * Markdown link syntax that reached a reader as text: `[label](target)` left unparsed, or a `[` that opened link
 * text and never closed (a link whose `](…)` was lost in an edit). The broken-link check cannot see either,
 * because no link is left to check. Code, preformatted text and scripts are not prose and are skipped.
 */
export type UnrenderedMarkdown = { text: string; reason: string };

const notProse = 'head, script, style, noscript, template, svg, pre, code, kbd, samp';
const blocks = [
  'p', 'li', 'dt', 'dd', 'td', 'th', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'summary',
  'figcaption', 'div', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'ul', 'ol', 'table', 'tr',
  'details', 'br', 'hr', 'option',
];

/** The visible text of a page, one line per block, so a bracket is matched within the block it was written in. */
function proseLines(html: string): string[] {
  const $ = cheerio.load(html);
  $(notProse).remove();
  $(blocks.join(', ')).prepend('\n').append('\n');
  const text = $('body').text();
  return text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

export function findUnrenderedMarkdown(html: string): UnrenderedMarkdown[] {
  const found: UnrenderedMarkdown[] = [];
  for (const line of proseLines(html)) {
    if (/\]\(/.test(line)) found.push({ text: line, reason: 'link syntax `](` in text' });
    else if (/\[[^\]]*$/.test(line)) found.push({ text: line, reason: '`[` never closed' });
  }
  return found;
}
