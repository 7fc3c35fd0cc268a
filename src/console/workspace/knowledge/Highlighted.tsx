import type {ReactNode} from 'react';

type Range = {start: number; end: number};

/** Plain text with the server's highlight ranges as <mark>, sliced at the offsets (the text is never parsed as HTML). */
export default function Highlighted({text, ranges}: {text: string; ranges: Range[]}): ReactNode {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const {start, end} of [...ranges].sort((a, b) => a.start - b.start)) {
    const from = Math.max(start, at);
    const to = Math.min(end, text.length);
    if (to <= from) continue;
    if (from > at) parts.push(text.slice(at, from));
    parts.push(<mark key={from}>{text.slice(from, to)}</mark>);
    at = to;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
