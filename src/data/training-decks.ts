// The week decks (training/slides/<locale>/week-<n>.md, rendered by scripts/training-slides.mjs at every site
// build) as the site lists them; server/test/training-media.test.ts renders the sources and checks them against this.
// No imports, so the server tests can load it directly.

type Locale = 'zh-Hans' | 'en';
type Bilingual = Record<Locale, string>;

export type TrainingDeck = {week: 1 | 2 | 3 | 4 | 5; title: Bilingual; slides: number};

export const trainingDecks: TrainingDeck[] = [
  {week: 1, title: {'zh-Hans': '第 1 周：系统概览', en: 'Week 1: System overview'}, slides: 12},
  {week: 2, title: {'zh-Hans': '第 2 周：开发', en: 'Week 2: Development'}, slides: 12},
  {week: 3, title: {'zh-Hans': '第 3 周：运维', en: 'Week 3: Operations'}, slides: 12},
  {week: 4, title: {'zh-Hans': '第 4 周：业务使用', en: 'Week 4: Business use'}, slides: 12},
  {week: 5, title: {'zh-Hans': '第 5 周：综合实践', en: 'Week 5: Hands-on practice'}, slides: 11},
];

/** The site path of a week's HTML deck in a language. */
export const deckPath = (week: number, locale: Locale) => `/training/slides/${locale}/week-${week}.html`;
