import {useState, type ReactNode} from 'react';
import {useQuery, useQueryClient} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import type {Answer} from '@site/src/api/types';
import DateTime from '@site/src/components/DateTime';
import FormField from '@site/src/components/FormField';
import {useText} from '@site/src/components/i18n';
import {ProblemNotice, useProblemMessage} from '@site/src/support/shell/ProblemNotice';
import {supportText} from '@site/src/support/text';
import adminStyles from '../styles.module.css';
import {adminText} from '../text';
import {useRefusalMessage} from './refusals';
import {slaText} from './text';
import styles from './styles.module.css';

type Policy = Answer<'listSlaPolicies'>['items'][number];
type Calendar = Answer<'listSlaCalendars'>['items'][number];
type Draft = {firstResponse: string; resolution: string; calendarId: string; warnShare: string};
type Field = 'firstResponseMinutes' | 'resolutionMinutes' | 'calendarId' | 'warnShare';

const hours = (minutes: number) => String(Math.round((minutes / 60) * 10_000) / 10_000);
const draftOf = (policy: Policy): Draft => ({
  firstResponse: hours(policy.firstResponseMinutes),
  resolution: hours(policy.resolutionMinutes),
  calendarId: policy.calendarId,
  warnShare: String(Math.round(policy.warnShare * 100)),
});

export const policiesKey = ['admin-sla-policies'];
export const calendarsKey = ['admin-sla-calendars'];

/** P1–P4: targets in business hours, the calendar each counts on and the warning share, each row saved on its own. */
export default function SlaPolicies(): ReactNode {
  const t = useText(slaText);
  const shared = useText(supportText);
  const admin = useText(adminText);
  const policies = useQuery({queryKey: policiesKey, queryFn: () => call(api.GET('/admin/sla/policies'))});
  const calendars = useQuery({queryKey: calendarsKey, queryFn: () => call(api.GET('/admin/sla/calendars'))});
  if (policies.isPending || calendars.isPending) return <p role="status">{shared.loading}</p>;
  if (policies.isError) return <ProblemNotice error={policies.error} onRetry={() => policies.refetch()} />;
  if (calendars.isError) return <ProblemNotice error={calendars.error} onRetry={() => calendars.refetch()} />;
  return (
    <>
      <p>{t.policiesIntro}</p>
      <div className={`${adminStyles.tableWrap} ${styles.scroll}`} tabIndex={0} role="region" aria-label={t.policies}>
        <table className={`${adminStyles.table} ${styles.policyTable}`}>
          <thead>
            <tr>
              <th scope="col">{t.priority}</th>
              <th scope="col">{t.firstResponse}</th>
              <th scope="col">{t.resolution}</th>
              <th scope="col">{t.calendar}</th>
              <th scope="col">{t.warnShare}</th>
              <th scope="col">{t.lastChanged}</th>
              <th scope="col">
                <span className="sr-only">{admin.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {policies.data.items.map((policy) => (
              <PolicyRow key={policy.priority} policy={policy} calendars={calendars.data.items} />
            ))}
          </tbody>
        </table>
      </div>
      <p className={adminStyles.muted}>{t.noVersionNote}</p>
    </>
  );
}

function PolicyRow({policy, calendars}: {policy: Policy; calendars: Calendar[]}): ReactNode {
  const t = useText(slaText);
  const refusal = useRefusalMessage();
  const problemMessage = useProblemMessage();
  const client = useQueryClient();
  const [draft, setDraft] = useState(() => draftOf(policy));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [status, setStatus] = useState<{ok: boolean; text: string} | null>(null);
  const [saving, setSaving] = useState(false);
  const formId = `policy-${policy.priority}`;
  const id = (field: string) => `${formId}-${field}`;

  const minutesOf = (text: string): number | string => {
    const value = Number(text.trim().replace(',', '.'));
    if (!text.trim() || !Number.isFinite(value)) return t.notHours;
    const minutes = value * 60;
    // Zero and negative targets go to the server, whose rule (at least a minute) is the one the page shows.
    return Math.abs(minutes - Math.round(minutes)) < 1e-6 ? Math.round(minutes) : t.wholeMinutes;
  };

  const save = async () => {
    setStatus(null);
    const firstResponseMinutes = minutesOf(draft.firstResponse);
    const resolutionMinutes = minutesOf(draft.resolution);
    const share = Number(draft.warnShare);
    const local: typeof errors = {};
    if (typeof firstResponseMinutes === 'string') local.firstResponseMinutes = firstResponseMinutes;
    if (typeof resolutionMinutes === 'string') local.resolutionMinutes = resolutionMinutes;
    if (!/^\d{1,2}$/.test(draft.warnShare.trim()) || share < 1 || share > 99) local.warnShare = t.notPercent;
    setErrors(local);
    if (Object.keys(local).length || typeof firstResponseMinutes === 'string' || typeof resolutionMinutes === 'string') return;
    setSaving(true);
    try {
      const saved = await call(
        api.PUT('/admin/sla/policies/{priority}', {
          params: {path: {priority: policy.priority}},
          // The version this row was read at: another administrator's save meanwhile is a conflict, not overwritten.
          body: {firstResponseMinutes, resolutionMinutes, calendarId: draft.calendarId, warnShare: share / 100, version: policy.version},
        }),
      );
      setDraft(draftOf(saved));
      setStatus({ok: true, text: t.saved(policy.priority, saved.recomputed)});
      client.setQueryData(policiesKey, (old: Answer<'listSlaPolicies'> | undefined) =>
        old ? {items: old.items.map((item) => (item.priority === saved.priority ? {...saved} : item))} : old,
      );
    } catch (error) {
      if (error instanceof ApiError && error.errors.length) {
        const next: typeof errors = {};
        for (const fieldError of error.errors) {
          const field = fieldError.field.split('.')[0] as Field;
          if (['firstResponseMinutes', 'resolutionMinutes', 'calendarId', 'warnShare'].includes(field)) next[field] ??= refusal(fieldError);
        }
        setErrors(next);
        if (!Object.keys(next).length) setStatus({ok: false, text: problemMessage(error)});
      } else {
        setStatus({ok: false, text: problemMessage(error)});
        // Someone saved this row first: read the policies again and show this row as it is stored now.
        if (error instanceof ApiError && error.code === 'version_conflict') {
          await client.invalidateQueries({queryKey: policiesKey});
          const fresh = client.getQueryData<Answer<'listSlaPolicies'>>(policiesKey)?.items.find((item) => item.priority === policy.priority);
          if (fresh) setDraft(draftOf(fresh));
        }
      }
    } finally {
      setSaving(false);
    }
  };

  const number = (field: 'firstResponse' | 'resolution', apiField: Field, label: string) => (
    <td>
      <FormField id={id(field)} label={<span className="sr-only">{t.fieldOf(policy.priority, label)}</span>} error={errors[apiField]}>
        {(control) => (
          <input {...control} form={formId} inputMode="decimal" className="app-control" size={6} value={draft[field]} onChange={(event) => setDraft({...draft, [field]: event.target.value})} />
        )}
      </FormField>
    </td>
  );

  return (
    <tr>
      <th scope="row">{policy.priority}</th>
      {number('firstResponse', 'firstResponseMinutes', t.firstResponse)}
      {number('resolution', 'resolutionMinutes', t.resolution)}
      <td>
        <FormField id={id('calendar')} label={<span className="sr-only">{t.fieldOf(policy.priority, t.calendar)}</span>} error={errors.calendarId}>
          {(control) => (
            <select {...control} form={formId} className="app-control" value={draft.calendarId} onChange={(event) => setDraft({...draft, calendarId: event.target.value})}>
              {calendars.map((calendar) => (
                <option key={calendar.id} value={calendar.id}>
                  {calendar.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </td>
      <td>
        <FormField id={id('warn')} label={<span className="sr-only">{t.fieldOf(policy.priority, t.warnShare)}</span>} error={errors.warnShare}>
          {(control) => (
            <input {...control} form={formId} inputMode="numeric" className="app-control" size={3} value={draft.warnShare} onChange={(event) => setDraft({...draft, warnShare: event.target.value})} />
          )}
        </FormField>
      </td>
      <td>
        <DateTime iso={policy.updatedAt} />
      </td>
      <td className={styles.rowStatus}>
        <form
          id={formId}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}>
          <button type="submit" className="button button--sm button--primary" disabled={saving}>
            {t.save(policy.priority)}
          </button>
        </form>
        <div role="status">{status && <p className={`alert ${status.ok ? 'alert--success' : 'alert--danger'} ${styles.warning}`}>{status.text}</p>}</div>
      </td>
    </tr>
  );
}
