import {useEffect, useState, type ComponentPropsWithRef, type ReactNode} from 'react';
import {useText, defineText} from '../i18n';
import {loadRenderer} from '../Markdown';
import styles from './styles.module.css';

const text = defineText({
  write: {zh: '编辑', en: 'Write'},
  preview: {zh: '预览', en: 'Preview'},
  empty: {zh: '没有可预览的内容。', en: 'Nothing to preview.'},
  rendering: {zh: '正在生成预览…', en: 'Rendering the preview…'},
  hint: {zh: '支持 Markdown：**粗体**、`代码`、``` 包围的代码块、- 列表。原始 HTML 会按文本显示。', en: 'Markdown works: **bold**, `code`, ``` fenced blocks, - lists. Raw HTML is shown as text.'},
});

type Props = {
  textarea: ComponentPropsWithRef<'textarea'> & {id: string};
  /** The current text, for the preview. */
  value: string;
};

/**
 * A Markdown text box with a preview rendered by the server's own rules (server/src/conversation/markdown.ts:
 * no raw HTML, only http(s)/mailto links, images as links), loaded only when the preview is first opened.
 */
export default function MarkdownEditor({textarea, value}: Props): ReactNode {
  const t = useText(text);
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const [html, setHtml] = useState<string | null>(null);

  useEffect(() => {
    if (mode !== 'preview') return;
    let live = true;
    void loadRenderer().then((render) => {
      if (live) setHtml(render(value));
    });
    return () => {
      live = false;
    };
  }, [mode, value]);

  return (
    <div className={styles.editor}>
      <div className={styles.tabs} role="group">
        <button type="button" className={styles.tab} aria-pressed={mode === 'write'} onClick={() => setMode('write')}>
          {t.write}
        </button>
        <button type="button" className={styles.tab} aria-pressed={mode === 'preview'} onClick={() => setMode('preview')}>
          {t.preview}
        </button>
      </div>
      <textarea {...textarea} className="app-control" hidden={mode !== 'write'} />
      {mode === 'preview' && (
        <div id={`${textarea.id}-preview`} className={styles.preview} aria-live="polite">
          {!value.trim() ? <p>{t.empty}</p> : html === null ? <p role="status">{t.rendering}</p> : <div dangerouslySetInnerHTML={{__html: html}} />}
        </div>
      )}
      <p className={styles.hint}>{t.hint}</p>
    </div>
  );
}
