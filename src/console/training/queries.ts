import {useQuery, useQueryClient} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';

export const cohortsKey = ['training-cohorts'];
const dashboardKey = (id: string) => ['training-dashboard', id];
const traineesKey = (id: string) => ['training-trainees', id];
const progressKey = (id: string) => ['training-progress', id];

export const useCohorts = () => useQuery({queryKey: cohortsKey, queryFn: () => call(api.GET('/training/cohorts'))});
export const useDashboard = (id: string) =>
  useQuery({queryKey: dashboardKey(id), queryFn: () => call(api.GET('/training/cohorts/{id}/dashboard', {params: {path: {id}}}))});
export const useCohortTrainees = (id: string) =>
  useQuery({queryKey: traineesKey(id), queryFn: () => call(api.GET('/training/cohorts/{id}/trainees', {params: {path: {id}}}))});
export const useTraineeProgress = (id: string) =>
  useQuery({queryKey: progressKey(id), queryFn: () => call(api.GET('/training/trainees/{id}/progress', {params: {path: {id}}}))});

/** After any change in training everything shown may move (counts, dashboard, progress): read it all again. */
export function useRefreshTraining() {
  const client = useQueryClient();
  return () => client.invalidateQueries({predicate: (query) => String(query.queryKey[0]).startsWith('training-')});
}
