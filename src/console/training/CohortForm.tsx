import {useEffect, useState, type ReactNode} from 'react';
import {useQuery} from '@tanstack/react-query';
import {useForm} from 'react-hook-form';
import {api, call} from '@site/src/api/client';
import {ApiError, type FieldError} from '@site/src/api/problem';
import type {Answer} from '@site/src/api/types';
import FormField from '@site/src/components/FormField';
import {useLocale, useText} from '@site/src/components/i18n';
import {fieldMessage} from '@site/src/support/fieldErrors';
import {ProblemNotice, useProblemMessage} from '@site/src/support/shell/ProblemNotice';
import {supportText} from '@site/src/support/text';
import {useRefreshTraining} from './queries';
import {trainingText} from './text';
import styles from './styles.module.css';

type Cohort = Answer<'listCohorts'>['items'][number];
type Draft = {name: string; startsOn: string; leadId: string; calendarId: string};
const fields = ['name', 'startsOn', 'leadId', 'calendarId'] as const;
const draftOf = (cohort?: Cohort): Draft => ({name: cohort?.name ?? '', startsOn: cohort?.startsOn ?? '', leadId: cohort?.lead?.id ?? '', calendarId: cohort?.calendarId ?? 'cn-workdays'});

/**
 * Starts a cohort, or changes one (administrators only). A change carries the version it was read at: someone
 * else's change meanwhile is refused and shown, and the form then shows the cohort as it is stored.
 */
export default function CohortForm({cohort, onSaved}: {cohort?: Cohort; onSaved?: (saved: Cohort) => void}): ReactNode {
  const t = useText(trainingText);
  const shared = useText(supportText);
  const locale = useLocale();
  const problemMessage = useProblemMessage();
  const refresh = useRefreshTraining();
  const staff = useQuery({queryKey: ['staff-directory'], queryFn: () => call(api.GET('/staff'))});
  const calendars = useQuery({queryKey: ['admin-sla-calendars'], queryFn: () => call(api.GET('/admin/sla/calendars'))});
  const [done, setDone] = useState<string | null>(null);
  const prefix = cohort ? `cohort-${cohort.id.slice(0, 8)}` : 'new-cohort';
  const {register, handleSubmit, reset, setError, formState} = useForm<Draft>({defaultValues: draftOf(cohort)});
  // A newer version read (after a save, or after a conflict): the form shows the cohort as it is stored now.
  useEffect(() => {
    if (cohort) reset(draftOf(cohort), {keepErrors: true});
  }, [cohort?.version]);

  const refusal = (error: FieldError) => {
    if (error.code === 'unknown_staff') return t.unknownStaff;
    if (error.code === 'unknown_calendar') return t.unknownCalendar;
    if (error.field === 'startsOn') return t.badDate;
    return fieldMessage(error, locale);
  };

  const submit = handleSubmit(async (draft) => {
    setDone(null);
    const body = {name: draft.name, startsOn: draft.startsOn, leadId: draft.leadId || null, calendarId: draft.calendarId};
    try {
      const saved = cohort
        ? await call(api.PATCH('/training/cohorts/{id}', {params: {path: {id: cohort.id}}, body: {...body, version: cohort.version}}))
        : await call(api.POST('/training/cohorts', {body}));
      setDone(cohort ? t.saved : t.created(saved.name));
      if (!cohort) reset(draftOf());
      await refresh();
      onSaved?.(saved);
    } catch (error) {
      const blamed = error instanceof ApiError ? error.errors.filter((e) => (fields as readonly string[]).includes(e.field)) : [];
      for (const fieldError of blamed) setError(fieldError.field as keyof Draft, {message: refusal(fieldError)}, {shouldFocus: true});
      if (blamed.length) return;
      if (error instanceof ApiError && error.code === 'version_conflict') {
        setError('root', {message: t.conflictCohort});
        await refresh();
        return;
      }
      setError('root', {message: problemMessage(error)});
    }
  });

  const required = {required: {value: true, message: shared.requiredMessage}};
  // The selects are drawn once their options are known, so each starts on the stored value.
  if (staff.isPending || calendars.isPending) return <p role="status">{shared.loading}</p>;
  if (staff.isError) return <ProblemNotice error={staff.error} onRetry={() => staff.refetch()} />;
  if (calendars.isError) return <ProblemNotice error={calendars.error} onRetry={() => calendars.refetch()} />;
  const activeStaff = staff.data.items.filter((member) => member.active || member.id === cohort?.lead?.id);
  return (
    <form onSubmit={submit} noValidate className={styles.form}>
      <FormField id={`${prefix}-name`} label={t.name} error={formState.errors.name?.message} required requiredText={shared.required}>
        {(control) => <input {...control} {...register('name', required)} className="app-control" maxLength={100} />}
      </FormField>
      <FormField id={`${prefix}-starts`} label={t.startsOn} hint={t.startsOnHint} error={formState.errors.startsOn?.message} required requiredText={shared.required}>
        {(control) => <input {...control} {...register('startsOn', required)} type="date" className="app-control" />}
      </FormField>
      <FormField id={`${prefix}-lead`} label={t.lead} error={formState.errors.leadId?.message}>
        {(control) => (
          <select {...control} {...register('leadId')} className="app-control">
            <option value="">{t.noLead}</option>
            {activeStaff.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={`${prefix}-calendar`} label={t.calendar} hint={t.calendarHint} error={formState.errors.calendarId?.message}>
        {(control) => (
          <select {...control} {...register('calendarId')} className="app-control">
            {calendars.data.items.map((calendar) => (
              <option key={calendar.id} value={calendar.id}>
                {calendar.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div role="status">
        {done && <p className="alert alert--success">{done}</p>}
        {formState.errors.root?.message && <p className="alert alert--danger">{formState.errors.root.message}</p>}
      </div>
      <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
        {cohort ? t.save : t.create}
      </button>
    </form>
  );
}
