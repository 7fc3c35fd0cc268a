import {useState, type ReactNode} from 'react';
import {useMutation} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import type {SupportSettings} from '@site/src/api/types';
import {pick, useLocale, useText} from '@site/src/components/i18n';
import {useProblemMessage} from '@site/src/support/shell/ProblemNotice';
import {statusName} from '@site/src/support/status';
import {supportText} from '@site/src/support/text';
import {useSession} from '../session/useSession';
import {workspaceText} from './text';
import type {StaffTicket} from './useTicket';
import styles from './styles.module.css';

type Props = {ticket: StaffTicket; settings: SupportSettings | undefined; staff: {id: string; name: string; active: boolean}[]; onSaved: () => void; onReload: () => void};
type Form = {status: string; priority: string; assigneeId: string; category: string; tags: string};

const formOf = (ticket: StaffTicket): Form => ({
  status: ticket.status,
  priority: ticket.priority,
  assigneeId: ticket.assignee?.id ?? '',
  category: ticket.category,
  tags: ticket.tags.join(', '),
});

/** Status (only the moves the workflow allows now), priority, assignee, category and tags, saved against the version read. */
export default function TicketControls({ticket, settings, staff, onSaved, onReload}: Props): ReactNode {
  const t = useText(workspaceText);
  const shared = useText(supportText);
  const locale = useLocale();
  const problemMessage = useProblemMessage();
  const {user} = useSession();
  // `base` is the ticket as this form last read it; the change is sent against its version.
  const [base, setBase] = useState<StaffTicket>(ticket);
  const [form, setForm] = useState<Form>(() => formOf(ticket));
  const [conflict, setConflict] = useState(false);
  const original = formOf(base);
  const untouched = JSON.stringify(form) === JSON.stringify(original);
  if (ticket.version !== base.version && untouched && !conflict) {
    // The ticket moved on (another agent, the customer) while this form was untouched: follow it.
    setBase(ticket);
    setForm(formOf(ticket));
  }
  const takeFresh = () => {
    setBase(ticket);
    setForm(formOf(ticket));
    setConflict(false);
  };
  const changedFields = (Object.keys(original) as (keyof Form)[]).filter((field) => formOf(ticket)[field] !== original[field]);
  const fieldLabel: Record<keyof Form, string> = {status: t.status, priority: t.priority, assigneeId: t.assignee, category: t.category, tags: t.tags};
  const save = useMutation({
    mutationFn: async () => {
      const tags = form.tags.split(/[,，]/).map((tag) => tag.trim().toLowerCase()).filter(Boolean);
      const body = {
        version: base.version,
        ...(form.status !== original.status ? {status: form.status as StaffTicket['status']} : {}),
        ...(form.priority !== original.priority ? {priority: form.priority as StaffTicket['priority']} : {}),
        ...(form.assigneeId !== original.assigneeId ? {assigneeId: form.assigneeId || null} : {}),
        ...(form.category !== original.category ? {category: form.category} : {}),
        ...(tags.join(',') !== ticket.tags.join(',') ? {tags} : {}),
      };
      if (Object.keys(body).length === 1) return null;
      return (await call(api.PATCH('/tickets/{number}', {params: {path: {number: ticket.number}}, body}))) as StaffTicket;
    },
    onSuccess: (saved) => {
      if (!saved) return;
      setBase(saved);
      setForm(formOf(saved));
      onSaved();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'version_conflict') {
        setConflict(true);
        onReload(); // read what changed, to say so
      }
    },
  });

  const describe = (field: keyof Form, value: string): string => {
    if (!value) return t.nobody;
    if (field === 'status') return statusName(value as StaffTicket['status'], shared);
    if (field === 'assigneeId') return staff.find((member) => member.id === value)?.name ?? value;
    return value;
  };
  const set = (field: keyof Form) => (event: {target: {value: string}}) => setForm((current) => ({...current, [field]: event.target.value}));
  const statuses = [base.status, ...base.allowedStatuses];

  return (
    <section aria-labelledby="controls-heading" className={styles.panel}>
      <h2 id="controls-heading">{t.details}</h2>
      {conflict ? (
        <div className="alert alert--warning" role="alert">
          <p>
            <strong>{t.conflictTitle}</strong>
          </p>
          <p>{t.conflictBody(changedFields.length ? changedFields.map((field) => `${fieldLabel[field]}: ${describe(field, original[field])} → ${describe(field, formOf(ticket)[field])}`).join('; ') : t.conflictUnknown)}</p>
          <button
            type="button"
            className="button button--sm button--primary"
            onClick={() => {
              save.reset();
              takeFresh();
            }}>
            {t.reload}
          </button>
        </div>
      ) : null}
      <form
        className={styles.controls}
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}>
        <label>
          <span>{t.status}</span>
          <select className="app-control" value={form.status} onChange={set('status')}>
            {statuses.map((status) => (
              <option key={status} value={status}>
                {statusName(status, shared)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t.priority}</span>
          <select className="app-control" value={form.priority} onChange={set('priority')}>
            {(settings?.priorities ?? []).map((priority) => (
              <option key={priority.id} value={priority.id}>
                {pick(priority.name, locale)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t.assignee}</span>
          <select className="app-control" value={form.assigneeId} onChange={set('assigneeId')}>
            <option value="">{t.nobody}</option>
            {staff
              .filter((member) => member.active || member.id === form.assigneeId)
              .map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
          </select>
        </label>
        {form.assigneeId !== user.id && (
          <button type="button" className="button button--sm button--secondary" onClick={() => setForm((current) => ({...current, assigneeId: user.id}))}>
            {t.assignMe}
          </button>
        )}
        <label>
          <span>{t.category}</span>
          <select className="app-control" value={form.category} onChange={set('category')}>
            {(settings?.categories ?? [{id: form.category, name: {'zh-Hans': form.category, en: form.category}}]).map((category) => (
              <option key={category.id} value={category.id}>
                {pick(category.name, locale)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t.tags}</span>
          <input className="app-control" value={form.tags} onChange={set('tags')} />
        </label>
        <button type="submit" className="button button--primary" disabled={save.isPending || conflict}>
          {save.isPending ? t.saving : t.save}
        </button>
        <div role="status">
          {save.isSuccess && <span>{save.data ? t.saved : t.noChange}</span>}
          {save.isError && !conflict && <span className={styles.error}>{problemMessage(save.error)}</span>}
        </div>
      </form>
    </section>
  );
}
