import {useState, type ReactNode} from 'react';
import {useQueryClient} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import FormField from '@site/src/components/FormField';
import {useText} from '@site/src/components/i18n';
import {useProblemMessage} from '@site/src/support/shell/ProblemNotice';
import type {CalendarView} from './CalendarDetail';
import {dateOf, lineOfDay, parseDayLines, type ParsedLine} from './parse';
import {useRefusalMessage} from './refusals';
import {calendarsKey} from './SlaPolicies';
import {slaText} from './text';
import styles from './styles.module.css';

const nextYearEnd = (until: string | null) => `${Number((until ?? String(new Date().getFullYear() - 1)).slice(0, 4)) + 1}-12-31`;

/**
 * Next year's holidays and make-up days as the notice is copied, a line each: parsed here into the API's days, each
 * refusal (here or the server's, which names `days.N`) shown on the line it came from.
 */
export default function AddDaysForm({calendar}: {calendar: CalendarView}): ReactNode {
  const t = useText(slaText);
  const refusal = useRefusalMessage();
  const problemMessage = useProblemMessage();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [until, setUntil] = useState(() => nextYearEnd(calendar.coverage.until));
  const [lineErrors, setLineErrors] = useState<string[]>([]);
  const [untilError, setUntilError] = useState<string>();
  const [status, setStatus] = useState<{ok: boolean; text: string} | null>(null);
  const [saving, setSaving] = useState(false);

  const onLine = (line: ParsedLine | undefined, why: string) => (line ? t.lineError(line.line, line.text, why) : why);

  const submit = async () => {
    setStatus(null);
    setUntilError(undefined);
    const lines = parseDayLines(text);
    if (!lines.length) return setLineErrors([t.noLines]);
    const local = lines.filter((line) => line.problem).map((line) => onLine(line, t[line.problem!]));
    if (!dateOf(until)) setUntilError(t.badDate);
    setLineErrors(local);
    if (local.length || !dateOf(until)) return;
    setSaving(true);
    try {
      const days = lines.flatMap((line) => line.days);
      const saved = await call(api.POST('/admin/sla/calendars/{id}/days', {params: {path: {id: calendar.id}}, body: {days, coverageUntil: until}}));
      setText('');
      setUntil(nextYearEnd(saved.coverage.until));
      setStatus({ok: true, text: t.added(days.length, saved.coverage.until ?? until)});
      await client.invalidateQueries({queryKey: calendarsKey});
    } catch (error) {
      if (error instanceof ApiError && error.errors.length) {
        const refused = new Map<ParsedLine | undefined, string>();
        for (const fieldError of error.errors) {
          const [head, index] = fieldError.field.split('.');
          if (head === 'coverageUntil') setUntilError(refusal(fieldError));
          else if (head === 'days') {
            const line = lineOfDay(lines, Number(index));
            if (!refused.has(line)) refused.set(line, onLine(line, refusal(fieldError)));
          } else refused.set(undefined, refusal(fieldError));
        }
        setLineErrors([...refused.values()]);
      } else setStatus({ok: false, text: problemMessage(error)});
    } finally {
      setSaving(false);
    }
  };

  const linesError = lineErrors.length ? (lineErrors[0] === t.noLines ? t.noLines : `${t.linesRefused(lineErrors.length)}\n${lineErrors.join('\n')}`) : undefined;
  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}>
      <h4>{t.addDays}</h4>
      <p>{t.addDaysIntro}</p>
      <FormField id={`days-${calendar.id}`} label={t.lines} hint={t.linesHint} error={linesError} className={styles.lineErrors}>
        {(control) => <textarea {...control} className={`app-control ${styles.lines}`} spellCheck={false} value={text} onChange={(event) => setText(event.target.value)} />}
      </FormField>
      <FormField id={`until-${calendar.id}`} label={t.coverageUntil} hint={t.coverageUntilHint} error={untilError}>
        {(control) => <input {...control} type="date" className="app-control" value={until} onChange={(event) => setUntil(event.target.value)} />}
      </FormField>
      <div role="status">{status && <p className={`alert ${status.ok ? 'alert--success' : 'alert--danger'}`}>{status.text}</p>}</div>
      <button type="submit" className="button button--primary" disabled={saving}>
        {t.addButton}
      </button>
    </form>
  );
}
