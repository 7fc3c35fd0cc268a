// The curriculum items as the site shows them (the console's training pages name items by title): read from the
// server's catalogue at build time, keeping only what a page shows. The quizzes' right answers and the content
// hashes stay on the server, which grades the quizzes: the site's bundle is public.
import {readFileSync} from 'node:fs';

export const catalogueFile = new URL('../server/src/training/catalogue.json', import.meta.url);

/**
 * @returns {{weeks: {week: number, title: {'zh-Hans': string, en: string}, items: {id: string, week: number,
 *   kind: string, tracks: string[], required: boolean, minutes: number, title: {'zh-Hans': string, en: string},
 *   check: string, signOff: boolean}[]}[]}}
 */
export function trainingItems(file = catalogueFile) {
  const catalogue = JSON.parse(readFileSync(file, 'utf8'));
  return {
    weeks: catalogue.weeks.map((week) => ({
      week: week.week,
      title: week.title,
      items: week.items.map((item) => ({
        id: item.id,
        week: item.week,
        kind: item.kind,
        tracks: item.tracks,
        required: item.required,
        minutes: item.minutes,
        title: item.title,
        check: item.check.type,
        signOff: item.check.type === 'manual' && item.check.signOff === true,
      })),
    })),
  };
}
