import {useState, type ReactNode} from 'react';
import {useMutation} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import type {Answer} from '@site/src/api/types';
import {useText} from '@site/src/components/i18n';
import {useProblemMessage} from '@site/src/support/shell/ProblemNotice';
import {statusName} from '@site/src/support/status';
import {supportText} from '@site/src/support/text';
import {useSession} from '../session/useSession';
import {queueText} from './text';
import styles from './styles.module.css';

type Result = Answer<'bulkUpdateTickets'>;
const statuses = ['open', 'pending', 'resolved', 'closed'] as const;

/** Bulk changes on the selected rows; each ticket goes through the workflow on its own and reports its outcome. */
export default function BulkBar({numbers, onDone, onClear}: {numbers: string[]; onDone: () => void; onClear: () => void}): ReactNode {
  const t = useText(queueText);
  const shared = useText(supportText);
  const problemMessage = useProblemMessage();
  const {user} = useSession();
  const [status, setStatus] = useState('');
  const [priority, setPriority] = useState('');
  const [tag, setTag] = useState('');
  const bulk = useMutation({
    mutationFn: (change: {status?: (typeof statuses)[number]; assigneeId?: string | null; priority?: 'P1' | 'P2' | 'P3' | 'P4'; tags?: {add?: string[]; remove?: string[]}}) =>
      call(api.POST('/tickets/bulk', {body: {numbers, ...change}})),
    onSuccess: onDone,
  });
  const result: Result | undefined = bulk.data;
  return (
    <section className={styles.bulk} aria-label={t.selected(numbers.length)}>
      <strong>{t.selected(numbers.length)}</strong>
      <button type="button" className="button button--sm button--secondary" disabled={bulk.isPending} onClick={() => bulk.mutate({assigneeId: user.id})}>
        {t.bulkAssignMe}
      </button>
      <button type="button" className="button button--sm button--secondary" disabled={bulk.isPending} onClick={() => bulk.mutate({assigneeId: null})}>
        {t.bulkUnassign}
      </button>
      <label className={styles.inline}>
        <span>{t.bulkStatus}</span>
        <select className="app-control" value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value="">{t.bulkChooseStatus}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {statusName(s, shared)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button--sm button--primary" disabled={!status || bulk.isPending} onClick={() => bulk.mutate({status: status as (typeof statuses)[number]})}>
        {t.bulkApply}
      </button>
      <label className={styles.inline}>
        <span>{t.bulkPriority}</span>
        <select className="app-control" value={priority} onChange={(event) => setPriority(event.target.value)}>
          <option value="">{t.bulkChoosePriority}</option>
          {(['P1', 'P2', 'P3', 'P4'] as const).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button--sm button--primary" disabled={!priority || bulk.isPending} onClick={() => bulk.mutate({priority: priority as 'P1'})}>
        {t.bulkApplyPriority}
      </button>
      <label className={styles.inline}>
        <span>{t.bulkTag}</span>
        <input className="app-control" value={tag} onChange={(event) => setTag(event.target.value.trim().toLowerCase())} />
      </label>
      <button type="button" className="button button--sm button--secondary" disabled={!tag || bulk.isPending} onClick={() => bulk.mutate({tags: {add: [tag]}})}>
        {t.bulkAddTag}
      </button>
      <button type="button" className="button button--sm button--secondary" disabled={!tag || bulk.isPending} onClick={() => bulk.mutate({tags: {remove: [tag]}})}>
        {t.bulkRemoveTag}
      </button>
      <button type="button" className="button button--sm button--link" onClick={onClear}>
        {t.bulkClear}
      </button>
      <div role="status" className={styles.bulkResult}>
        {bulk.isError && <span className={styles.error}>{problemMessage(bulk.error)}</span>}
        {result && (
          <>
            <span>{t.bulkResult(result.succeeded, result.failed)}</span>
            <ul>
              {result.results
                .filter((outcome) => !outcome.ok)
                .map((outcome) => (
                  <li key={outcome.number}>
                    {outcome.number}: {'detail' in outcome ? outcome.detail : ''}
                  </li>
                ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
