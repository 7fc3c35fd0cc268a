import {useEffect, useRef, type ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import {queueText} from './text';
import styles from './styles.module.css';

type Props = {open: boolean; onClose: () => void; enabled: boolean; onToggle: (on: boolean) => void};

/** The shortcut list, in a native modal dialog (focus moves in, Escape closes, focus returns). */
export default function ShortcutsDialog({open, onClose, enabled, onToggle}: Props): ReactNode {
  const t = useText(queueText);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  const rows: [string, string][] = [
    ['j', t.shortcutNext],
    ['k', t.shortcutPrevious],
    ['Enter', t.shortcutOpen],
    ['x', t.shortcutSelect],
    ['/', t.shortcutSearch],
    ['?', t.shortcutHelp],
  ];
  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t.shortcutsTitle}</h2>
      <table className={styles.shortcuts}>
        <tbody>
          {rows.map(([key, label]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.muted}>{t.shortcutsNote}</p>
      <label className={styles.toggle}>
        <input type="checkbox" checked={enabled} onChange={(event) => onToggle(event.target.checked)} /> {t.shortcutsOn}
      </label>
      <p>
        <button type="button" className="button button--primary" onClick={onClose}>
          {t.close}
        </button>
      </p>
    </dialog>
  );
}
