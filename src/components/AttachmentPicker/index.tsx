import {useState, type ReactNode} from 'react';
import {useDropzone} from 'react-dropzone';
import clsx from 'clsx';
import {defineText, useLocale, useText} from '../i18n';
import {acceptList, admitFiles, formatBytes, type Refusal, type UploadLimits} from './checks';
import styles from './styles.module.css';

const text = defineText({
  drop: {zh: '把文件拖到这里，或', en: 'Drag files here, or'},
  choose: {zh: '选择文件', en: 'choose files'},
  limits: (count: number, size: string, zhTypes: string, enTypes: string) => ({zh: `最多 ${count} 个文件，每个不超过 ${size}。可上传：${zhTypes}。`, en: `Up to ${count} files of at most ${size} each: ${enTypes}.`}),
  remove: (name: string) => ({zh: `移除 ${name}`, en: `Remove ${name}`}),
  progress: (name: string) => ({zh: `${name} 上传进度`, en: `Upload progress of ${name}`}),
  tooLarge: (name: string, size: string) => ({zh: `${name} 太大：每个文件不能超过 ${size}。`, en: `${name} is too large: each file may be at most ${size}.`}),
  tooMany: (name: string, count: number) => ({zh: `${name} 没有添加：最多 ${count} 个文件。`, en: `${name} was not added: at most ${count} files.`}),
  badType: (name: string) => ({zh: `${name} 的类型不能上传（程序和脚本一律拒收）。`, en: `${name} is not a type that can be uploaded (programs and scripts are refused).`}),
  empty: (name: string) => ({zh: `${name} 是空文件。`, en: `${name} is empty.`}),
  dropActive: {zh: '松开即可添加', en: 'Drop to add'},
});

/** How the server's allowed types read to a person. */
const typeNames: Record<string, {zh: string; en: string}> = {
  'text/plain': {zh: '文本日志', en: 'text logs'},
  'application/json': {zh: 'JSON', en: 'JSON'},
  'image/png': {zh: 'PNG', en: 'PNG'},
  'image/jpeg': {zh: 'JPEG', en: 'JPEG'},
  'image/gif': {zh: 'GIF', en: 'GIF'},
  'image/webp': {zh: 'WebP', en: 'WebP'},
  'application/pdf': {zh: 'PDF', en: 'PDF'},
  'application/zip': {zh: 'ZIP', en: 'ZIP'},
  'application/gzip': {zh: 'gzip', en: 'gzip'},
};

type Props = {
  id: string;
  files: File[];
  onChange: (files: File[]) => void;
  limits: UploadLimits;
  /** One fraction per file while an upload runs. */
  progress: number[] | null;
  disabled?: boolean;
  describedBy?: string;
  /** Refusals are reported here, so the form shows them as the field's error. */
  onRefused: (messages: string[]) => void;
};

/** Files by drag-and-drop or the picker, checked against the server's limits, each with its upload progress. */
export default function AttachmentPicker({id, files, onChange, limits, progress, disabled, describedBy, onRefused}: Props): ReactNode {
  const t = useText(text);
  const locale = useLocale();
  const size = formatBytes(limits.maxFileBytes, locale);
  const [dragging, setDragging] = useState(false);
  const describe = (refusal: Refusal) =>
    ({too_large: t.tooLarge(refusal.name, size), too_many: t.tooMany(refusal.name, limits.maxFiles), type: t.badType(refusal.name), empty: t.empty(refusal.name)})[refusal.reason];

  const {getRootProps, getInputProps, open} = useDropzone({
    noClick: true,
    noKeyboard: true,
    disabled,
    onDragEnter: () => setDragging(true),
    onDragLeave: () => setDragging(false),
    onDrop: (added) => {
      setDragging(false);
      const {accepted, refused} = admitFiles(files, added, limits);
      if (accepted.length) onChange([...files, ...accepted]);
      onRefused(refused.map(describe));
    },
  });

  return (
    <div>
      <div {...getRootProps({className: clsx(styles.zone, dragging && styles.dragging)})}>
        <input {...getInputProps({id, accept: acceptList(limits.allowedTypes), 'aria-describedby': describedBy, 'aria-label': undefined})} className="sr-only" style={{}} tabIndex={-1} />
        <p className={styles.prompt}>
          {dragging ? t.dropActive : t.drop}{' '}
          <button type="button" className="button button--sm button--secondary" onClick={open} disabled={disabled} aria-describedby={describedBy}>
            {t.choose}
          </button>
        </p>
        <p className={styles.limits}>
          {t.limits(
            limits.maxFiles,
            size,
            limits.allowedTypes.map((type) => typeNames[type]?.zh ?? type).join('、'),
            limits.allowedTypes.map((type) => typeNames[type]?.en ?? type).join(', '),
          )}
        </p>
      </div>
      {files.length > 0 && (
        <ul className={styles.list}>
          {files.map((file, index) => (
            <li key={`${file.name}-${file.size}-${file.lastModified}-${index}`} className={styles.item}>
              <span className={styles.name}>{file.name}</span>
              <span className={styles.size}>{formatBytes(file.size, locale)}</span>
              {progress ? (
                <progress className={styles.progress} max={1} value={progress[index] ?? 0} aria-label={t.progress(file.name)} />
              ) : (
                <button type="button" className="button button--sm button--link" onClick={() => onChange(files.filter((_, i) => i !== index))} disabled={disabled}>
                  {t.remove(file.name)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
