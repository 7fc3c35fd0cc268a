import {useEffect, useState, type ReactNode} from 'react';

type Render = (source: string) => string;
let renderer: Promise<Render> | null = null;

/** The server's own Markdown rules (server/src/conversation/markdown.ts), loaded once, when first needed. */
export function loadRenderer(): Promise<Render> {
  renderer ??= import('@site/server/src/conversation/markdown').then((module) => module.renderMarkdown);
  return renderer;
}

/** Markdown as a customer or agent wrote it, shown as the same safe HTML the server renders for replies. */
export default function Markdown({source, className}: {source: string; className?: string}): ReactNode {
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void loadRenderer().then((render) => live && setHtml(render(source)));
    return () => {
      live = false;
    };
  }, [source]);
  if (html === null) return <pre className={className} style={{whiteSpace: 'pre-wrap'}}>{source}</pre>;
  return <div className={className} dangerouslySetInnerHTML={{__html: html}} />;
}
