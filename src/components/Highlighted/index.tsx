import {Fragment, type ReactNode} from 'react';

export type Highlight = {start: number; end: number};

/**
 * Plain text with the matched terms in <mark>: the string is sliced at the server's offsets, so nothing in a
 * snippet is ever parsed as HTML.
 */
export default function Highlighted({text, highlights}: {text: string; highlights: Highlight[]}): ReactNode {
  const parts: ReactNode[] = [];
  let at = 0;
  const ordered = [...highlights].filter((h) => h.end > h.start).sort((a, b) => a.start - b.start);
  for (const {start, end} of ordered) {
    const from = Math.max(start, at);
    const to = Math.min(end, text.length);
    if (to <= from) continue;
    if (from > at) parts.push(text.slice(at, from));
    parts.push(<mark key={from}>{text.slice(from, to)}</mark>);
    at = to;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <Fragment>{parts}</Fragment>;
}
