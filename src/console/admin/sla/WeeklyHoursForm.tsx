import {useState, type ReactNode} from 'react';
import {useQueryClient} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import FormField from '@site/src/components/FormField';
import {useText} from '@site/src/components/i18n';
import {useProblemMessage} from '@site/src/support/shell/ProblemNotice';
import type {CalendarView} from './CalendarDetail';
import {formatIntervals, parseIntervals, type Interval} from './parse';
import {useRefusalMessage} from './refusals';
import {calendarsKey} from './SlaPolicies';
import {slaText} from './text';
import {weekdays} from './weekly';
import styles from './styles.module.css';

type Day = (typeof weekdays)[number];
type Field = Day | 'timeZone';

/** The weekly hours and the time zone; the whole calendar is sent back (PUT), its days as the server has them. */
export default function WeeklyHoursForm({calendar}: {calendar: CalendarView}): ReactNode {
  const t = useText(slaText);
  const refusal = useRefusalMessage();
  const problemMessage = useProblemMessage();
  const client = useQueryClient();
  const [timeZone, setTimeZone] = useState(calendar.timeZone);
  const [hours, setHours] = useState(() => Object.fromEntries(weekdays.map((day) => [day, formatIntervals(calendar.weekly[day] ?? [])])) as Record<Day, string>);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [status, setStatus] = useState<{ok: boolean; text: string} | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    setStatus(null);
    const weekly = {} as Record<Day, Interval[]>;
    const local: typeof errors = {};
    for (const day of weekdays) {
      const parsed = parseIntervals(hours[day]);
      if (parsed) weekly[day] = parsed;
      else local[day] = t.badIntervals;
    }
    setErrors(local);
    if (Object.keys(local).length || !calendar.coverage.from || !calendar.coverage.until) return;
    setSaving(true);
    try {
      const saved = await call(
        api.PUT('/admin/sla/calendars/{id}', {
          params: {path: {id: calendar.id}},
          // The whole calendar as read, with its version: days another administrator added meanwhile are not dropped.
          body: {id: calendar.id, name: calendar.name, timeZone: timeZone.trim(), weekly, overrides: calendar.overrides, coverage: {from: calendar.coverage.from, until: calendar.coverage.until}, version: calendar.version},
        }),
      );
      setStatus({ok: true, text: t.hoursSaved(saved.recomputed)});
      await client.invalidateQueries({queryKey: calendarsKey});
    } catch (error) {
      if (error instanceof ApiError && error.errors.length) {
        const next: typeof errors = {};
        for (const fieldError of error.errors) {
          const [head, day] = fieldError.field.split('.');
          const field = (head === 'weekly' ? day : head) as Field;
          if (field === 'timeZone' || (weekdays as readonly string[]).includes(field)) next[field] ??= refusal(fieldError);
        }
        setErrors(next);
        if (!Object.keys(next).length) setStatus({ok: false, text: problemMessage(error)});
      } else {
        setStatus({ok: false, text: problemMessage(error)});
        // Someone changed the calendar first: read it again, so the next save starts from what is stored.
        if (error instanceof ApiError && error.code === 'version_conflict') await client.invalidateQueries({queryKey: calendarsKey});
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}>
      <h4>{t.editHours}</h4>
      <p>{t.editHoursIntro}</p>
      <FormField id={`zone-${calendar.id}`} label={t.timeZone} hint={t.timeZoneHint} error={errors.timeZone}>
        {(control) => <input {...control} className="app-control" autoComplete="off" spellCheck={false} value={timeZone} onChange={(event) => setTimeZone(event.target.value)} />}
      </FormField>
      <div className={styles.weekly}>
        {weekdays.map((day) => (
          <FormField key={day} id={`hours-${calendar.id}-${day}`} label={t.weekday(Number(day))} error={errors[day]}>
            {(control) => <input {...control} className="app-control" autoComplete="off" spellCheck={false} value={hours[day]} onChange={(event) => setHours({...hours, [day]: event.target.value})} />}
          </FormField>
        ))}
      </div>
      <div role="status">{status && <p className={`alert ${status.ok ? 'alert--success' : 'alert--danger'}`}>{status.text}</p>}</div>
      <button type="submit" className="button button--primary" disabled={saving}>
        {t.saveHours}
      </button>
    </form>
  );
}
