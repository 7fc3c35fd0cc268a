import {usePluginData} from '@docusaurus/useGlobalData';
import type {Bilingual} from '@site/src/components/i18n';

/** A curriculum item as the site knows it (scripts/training-items.mjs keeps these fields of the server's catalogue). */
export type TrainingItem = {
  id: string;
  week: number;
  kind: 'reading' | 'exercise' | 'quiz';
  tracks: Track[];
  required: boolean;
  minutes: number;
  title: Bilingual;
  check: string;
  signOff: boolean;
};
export type TrainingWeek = {week: number; title: Bilingual; items: TrainingItem[]};
export type Track = 'developer' | 'operator' | 'business';
export const tracks: Track[] = ['developer', 'operator', 'business'];

/** The five weeks and their items, put into the site at build time from the catalogue this release ships. */
export function useCurriculum(): TrainingWeek[] {
  return (usePluginData('handover-training-items') as {weeks: TrainingWeek[]}).weeks;
}
