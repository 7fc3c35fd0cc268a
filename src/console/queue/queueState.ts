import {useHistory, useLocation} from '@docusaurus/router';
import type {operations} from '@site/src/api/schema';

type QueueQuery = NonNullable<operations['listTickets']['parameters']['query']>;
type Status = 'new' | 'open' | 'pending' | 'resolved' | 'closed';

/** `active` is every open ticket (new, open, pending); the status views show one status each. */
export const views = ['active', 'mine', 'unassigned', 'new', 'open', 'pending', 'resolved', 'closed'] as const;
export type View = (typeof views)[number];
const openStatuses: Status[] = ['new', 'open', 'pending'];

export const sorts = ['priority', 'updated', 'due'] as const;
export type QueueSort = (typeof sorts)[number];

/** What an agent would bookmark or share: the view, filters and sort, all in the address. */
export type QueueState = {view: View; priority: string; category: string; tag: string; assignee: string; q: string; sort: QueueSort};

export function readQueueState(search: string): QueueState {
  const params = new URLSearchParams(search);
  const view = params.get('view') as View | null;
  return {
    view: view && views.includes(view) ? view : 'active',
    priority: params.get('priority') ?? '',
    category: params.get('category') ?? '',
    tag: params.get('tag') ?? '',
    assignee: params.get('assignee') ?? '',
    q: params.get('q') ?? '',
    sort: sorts.find((sort) => sort === params.get('sort')) ?? 'priority',
  };
}

export function useQueueState(): [QueueState, (change: Partial<QueueState>) => void] {
  const location = useLocation();
  const history = useHistory();
  const state = readQueueState(location.search);
  const update = (change: Partial<QueueState>) => {
    const next = {...state, ...change};
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) {
      if (value && !(key === 'view' && value === 'active') && !(key === 'sort' && value === 'priority')) params.set(key, value);
    }
    const search = params.toString();
    history.replace({pathname: location.pathname, search: search ? `?${search}` : ''});
  };
  return [state, update];
}

/** The filters shared by the list and the counts (the view decides status and, for two views, the assignee). */
export function filtersOf(state: QueueState): Omit<QueueQuery, 'status' | 'sort' | 'limit' | 'cursor'> {
  const assignee = state.view === 'mine' ? 'me' : state.view === 'unassigned' ? 'unassigned' : state.assignee || undefined;
  return {
    ...(state.priority ? {priority: [state.priority as 'P1']} : {}),
    ...(state.category ? {category: state.category} : {}),
    ...(state.tag ? {tag: state.tag} : {}),
    ...(assignee ? {assignee} : {}),
    ...(state.q ? {q: state.q} : {}),
  };
}

export function listQueryOf(state: QueueState): QueueQuery {
  const status: Status[] = state.view === 'active' || state.view === 'mine' || state.view === 'unassigned' ? openStatuses : [state.view];
  return {...filtersOf(state), status, sort: state.sort, limit: 50};
}
