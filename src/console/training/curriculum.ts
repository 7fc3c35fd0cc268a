import {catalogue, type CatalogueItem, type CatalogueWeek} from '@site/src/training/catalogue';

/** The curriculum's items as the site knows them: the generated catalogue the trainee pages read too. */
export type TrainingItem = CatalogueItem;
export type TrainingWeek = CatalogueWeek;
export type Track = CatalogueItem['tracks'][number];
export const tracks: Track[] = ['developer', 'operator', 'business'];

/** The five weeks and their items, as this release of the site ships them. */
export function useCurriculum(): TrainingWeek[] {
  return catalogue.weeks;
}
