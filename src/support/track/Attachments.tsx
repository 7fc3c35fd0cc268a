import {useState, type ReactNode} from 'react';
import type {Attachment} from '@site/src/api/types';
import {formatBytes} from '@site/src/components/AttachmentPicker/checks';
import {useLocale, useText} from '@site/src/components/i18n';
import {downloadAttachment} from './download';
import {trackText} from './text';
import styles from './styles.module.css';

export default function Attachments({files, token}: {files: Attachment[]; token?: string}): ReactNode {
  const t = useText(trackText);
  const locale = useLocale();
  const [failed, setFailed] = useState<string | null>(null);
  if (!files.length) return null;
  return (
    <>
      <ul className={styles.files}>
        {files.map((file) => (
          <li key={file.id}>
            <button
              type="button"
              className={styles.fileButton}
              aria-label={t.download(file.filename)}
              onClick={() => {
                setFailed(null);
                downloadAttachment(file.url, file.filename, token).catch(() => setFailed(file.id));
              }}>
              {file.filename}
            </button>{' '}
            <span className={styles.muted}>{formatBytes(file.size, locale)}</span>
            {failed === file.id && (
              <span className={styles.error} role="alert">
                {' '}
                {t.downloadFailed}
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
