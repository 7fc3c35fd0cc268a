import type {ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export type FieldControlProps = {id: string; 'aria-describedby'?: string; 'aria-invalid'?: true};

type Props = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  requiredText?: string;
  /** Receives the props that tie the control to its label, hint and error. */
  children: (control: FieldControlProps) => ReactNode;
  className?: string;
};

/**
 * A labelled control with its hint and error beside it. The error is tied to the control (aria-describedby,
 * aria-invalid) so a screen reader reads it with the field, and it is announced when it appears.
 */
export default function FormField({id, label, hint, error, required, requiredText, children, className}: Props): ReactNode {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={clsx(styles.field, error && styles.invalid, className)}>
      <label htmlFor={id} className={styles.label}>
        {label}
        {required && (
          <span className={styles.required} aria-hidden="true">
            {' '}*
          </span>
        )}
        {required && requiredText && <span className="sr-only"> ({requiredText})</span>}
      </label>
      {children({id, 'aria-describedby': describedBy, ...(error ? {'aria-invalid': true as const} : {})})}
      {hint && (
        <div id={hintId} className={styles.hint}>
          {hint}
        </div>
      )}
      {error && (
        <div id={errorId} className={styles.error} role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
