import {useEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {Answer} from '@site/src/api/types';
import RelativeTime from '@site/src/components/DateTime/RelativeTime';
import {pick, useLocale, useText} from '@site/src/components/i18n';
import {ProblemNotice} from '@site/src/support/shell/ProblemNotice';
import {statusName} from '@site/src/support/status';
import {supportText} from '@site/src/support/text';
import {useSupportSettings} from '@site/src/support/useSupportSettings';
import BulkBar from './BulkBar';
import {views, useQueueState, type QueueSort, type View} from './queueState';
import ShortcutsDialog from './ShortcutsDialog';
import {queueText} from './text';
import SlaCell from './SlaCell';
import {useQueueCounts, useQueuePages, useStaffDirectory} from './useQueueData';
import {useLive} from '../live/useLiveUpdates';
import {useShortcuts, useShortcutsEnabled} from './useShortcuts';
import styles from './styles.module.css';

type Item = Answer<'listTickets'>['items'][number] & {unseen?: boolean; presence?: {name: string; state: string}[]};

export const ticketPath = (number: string) => `/console/tickets/${number}`;

export default function QueuePage(): ReactNode {
  const t = useText(queueText);
  const shared = useText(supportText);
  const locale = useLocale();
  const history = useHistory();
  const ticketBase = useBaseUrl('/console/tickets/');
  const live = useLive();
  const [state, update] = useQueueState();
  const pages = useQueuePages(state);
  const counts = useQueueCounts(state);
  const settings = useSupportSettings();
  const staff = useStaffDirectory();
  const [active, setActive] = useState(-1); // no row until the agent moves to one
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [helpOpen, setHelpOpen] = useState(false);
  const [shortcutsOn, setShortcutsOn] = useShortcutsEnabled();
  const search = useRef<HTMLInputElement>(null);
  const rows = useRef<HTMLTableSectionElement>(null);
  const items: Item[] = useMemo(() => pages.data?.pages.flatMap((page) => page.items) ?? [], [pages.data]);

  useEffect(() => setActive((index) => Math.min(index, items.length - 1)), [items.length]);
  const focusRow = (index: number) => {
    setActive(index);
    rows.current?.querySelectorAll<HTMLAnchorElement>('a[data-ticket]')[index]?.focus();
  };
  const toggle = (number: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(number)) next.add(number);
      return next;
    });

  // "?" stays on even when the others are off, so the list (and the switch to turn them back on) is always one key away.
  useShortcuts(true, {
    ...(shortcutsOn
      ? {
          j: () => focusRow(Math.min(active + 1, items.length - 1)),
          k: () => focusRow(Math.max(active - 1, 0)),
          Enter: () => items[active] && history.push(`${ticketBase}${items[active]!.number}`),
          x: () => items[active] && toggle(items[active]!.number),
          '/': () => search.current?.focus(),
        }
      : {}),
    '?': () => setHelpOpen(true),
  });

  const tabLabel: Record<View, string> = {
    active: t.allOpen,
    mine: t.mine,
    unassigned: t.unassigned,
    new: t.statusNew,
    open: t.statusOpen,
    pending: t.statusPending,
    resolved: t.statusResolved,
    closed: t.statusClosed,
  };
  const categoryName = (id: string) => {
    const category = settings.data?.categories.find((c) => c.id === id);
    return category ? pick(category.name, locale) : id;
  };

  return (
    <div>
      <nav aria-label={t.tabs} className={styles.tabs}>
        {views.map((view) => (
          <a
            key={view}
            href={`?view=${view}`}
            aria-current={state.view === view ? 'page' : undefined}
            className={styles.tab}
            onClick={(event) => {
              event.preventDefault();
              setSelected(new Set());
              update({view});
            }}>
            {tabLabel[view]} <span className={styles.count}>{counts.data ? counts.data[view] : '…'}</span>
          </a>
        ))}
      </nav>

      <form className={styles.filters} role="search" aria-label={t.filters} onSubmit={(event) => event.preventDefault()}>
        <label className={styles.filter}>
          <span>{t.search}</span>
          <input ref={search} type="search" className="app-control" defaultValue={state.q} onChange={(event) => update({q: event.target.value.trim()})} />
        </label>
        <label className={styles.filter}>
          <span>{t.priority}</span>
          <select className="app-control" value={state.priority} onChange={(event) => update({priority: event.target.value})}>
            <option value="">{t.anyPriority}</option>
            {['P1', 'P2', 'P3', 'P4'].map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.filter}>
          <span>{t.category}</span>
          <select className="app-control" value={state.category} onChange={(event) => update({category: event.target.value})}>
            <option value="">{t.anyCategory}</option>
            {settings.data?.categories.map((category) => (
              <option key={category.id} value={category.id}>
                {pick(category.name, locale)}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.filter}>
          <span>{t.tag}</span>
          <input type="text" className="app-control" defaultValue={state.tag} onChange={(event) => update({tag: event.target.value.trim().toLowerCase()})} />
        </label>
        {state.view !== 'mine' && state.view !== 'unassigned' && (
          <label className={styles.filter}>
            <span>{t.assignee}</span>
            <select className="app-control" value={state.assignee} onChange={(event) => update({assignee: event.target.value})}>
              <option value="">{t.anyAssignee}</option>
              <option value="me">{t.assigneeMe}</option>
              <option value="unassigned">{t.assigneeNobody}</option>
              {staff.data?.items
                .filter((member) => member.active)
                .map((member) => (
                  <option key={member.id} value={member.id}>
                    {member.name}
                  </option>
                ))}
            </select>
          </label>
        )}
        <label className={styles.filter}>
          <span>{t.sort}</span>
          <select className="app-control" value={state.sort} onChange={(event) => update({sort: event.target.value as QueueSort})}>
            <option value="priority">{t.sortPriority}</option>
            <option value="updated">{t.sortUpdated}</option>
            <option value="due">{t.sortDue}</option>
          </select>
        </label>
      </form>
      <p className={styles.status} aria-live="polite">
        {live ? t.liveStream : t.live}
        {pages.dataUpdatedAt ? ` · ${t.refreshedAt(new Date(pages.dataUpdatedAt).toLocaleTimeString(locale))}` : ''} · {t.shortcutsHint}
      </p>

      {selected.size > 0 && <BulkBar numbers={[...selected]} onDone={() => void pages.refetch()} onClear={() => setSelected(new Set())} />}

      {pages.isError && <ProblemNotice error={pages.error} onRetry={() => pages.refetch()} />}
      {pages.isPending && <p role="status">{shared.loading}</p>}
      {pages.data && items.length === 0 && <p>{t.empty}</p>}
      {items.length > 0 && (
        // Scrolls sideways on a narrow screen; focusable so that a keyboard can scroll it too.
        <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={tabLabel[state.view]}>
          <table className={styles.table}>
            <caption className="sr-only">{tabLabel[state.view]}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="sr-only">{t.colSelect}</span>
                </th>
                <th scope="col">{t.colNumber}</th>
                <th scope="col">{t.colSubject}</th>
                <th scope="col">{t.colRequester}</th>
                <th scope="col">{t.colPriority}</th>
                <th scope="col">{t.colStatus}</th>
                <th scope="col">{t.colSla}</th>
                <th scope="col">{t.colAssignee}</th>
                <th scope="col">{t.colUpdated}</th>
              </tr>
            </thead>
            <tbody ref={rows}>
              {items.map((item, index) => (
                <tr key={item.number} className={index === active ? styles.activeRow : undefined} aria-selected={selected.has(item.number)}>
                  <td>
                    <input type="checkbox" checked={selected.has(item.number)} onChange={() => toggle(item.number)} aria-label={t.selectTicket(item.number)} />
                  </td>
                  <td className={styles.number}>{item.number}</td>
                  <td>
                    <Link to={ticketPath(item.number)} data-ticket={item.number} onFocus={() => setActive(index)} className={styles.subject}>
                      {item.subject}
                    </Link>
                    {item.presence && item.presence.length > 0 && (
                      <span className={styles.presence}>
                        {' '}
                        {t.presence(item.presence.map((p) => `${p.name}${p.state === 'writing' ? t.writingSuffix : ''}`).join(', '))}
                      </span>
                    )}
                    {item.unseen && (
                      <span className={styles.badge} title={t.changedHint}>
                        {t.changed}
                      </span>
                    )}
                    <span className={styles.muted}> · {categoryName(item.category)}</span>
                  </td>
                  <td>{item.requester.name}</td>
                  <td>
                    <span className={styles[`priority${item.priority}`]}>{item.priority}</span>
                  </td>
                  <td>{statusName(item.status, shared)}</td>
                  <td>
                    <SlaCell sla={item.sla} />
                  </td>
                  <td>{item.assignee?.name ?? t.nobody}</td>
                  <td>
                    <RelativeTime iso={item.updatedAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {items.length > 0 && (
        <p className={styles.more}>
          <span className={styles.muted}>{t.count(items.length)}</span>{' '}
          {pages.hasNextPage && (
            <button type="button" className="button button--secondary button--sm" onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
              {t.more}
            </button>
          )}
        </p>
      )}
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} enabled={shortcutsOn} onToggle={setShortcutsOn} />
    </div>
  );
}
