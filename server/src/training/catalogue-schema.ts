import { z } from 'zod';

// The shape of the training catalogue (server/src/training/catalogue.json), which scripts/generate-training-catalogue.ts
// extracts from the MDX of both locales. Kept apart from the loader so the generator can validate a new catalogue
// even when the committed file is broken (a merge conflict, say).

export const Track = z.enum(['developer', 'operator', 'business']);
export type Track = z.infer<typeof Track>;

const Bilingual = z.object({ 'zh-Hans': z.string().min(1), en: z.string().min(1) });
const Hash = z.string().regex(/^[0-9a-f]{16}$/);

export const ItemCheck = z.discriminatedUnion('type', [
  z.object({ type: z.literal('manual'), signOff: z.boolean() }),
  z.object({ type: z.literal('ticket'), priority: z.enum(['P1', 'P2', 'P3', 'P4']).optional(), attachment: z.boolean() }),
  z.object({ type: z.literal('saved-reply-pending') }),
  z.object({ type: z.literal('metrics-answer'), metric: z.literal('ticket_5xx_ratio') }),
  z.object({ type: z.literal('drill-report') }),
]);
export type ItemCheck = z.infer<typeof ItemCheck>;

const itemBase = {
  id: z.string().regex(/^w[1-5]-[a-z0-9-]+$/),
  week: z.number().int().min(1).max(5),
  tracks: z.array(Track).min(1),
  required: z.boolean(),
  minutes: z.number().int().positive(),
  title: Bilingual,
  hash: Hash,
};

export const QuizQuestion = z.object({ id: z.string().min(1), answers: z.array(z.string().min(1)).min(3).max(5), correct: z.string().min(1) });
export type QuizQuestion = z.infer<typeof QuizQuestion>;

export const CatalogueItem = z.discriminatedUnion('kind', [
  z.object({ ...itemBase, kind: z.literal('reading'), check: ItemCheck }),
  z.object({ ...itemBase, kind: z.literal('exercise'), check: ItemCheck }),
  z.object({
    ...itemBase,
    kind: z.literal('quiz'),
    check: z.object({ type: z.literal('quiz') }),
    passMark: z.number().gt(0).max(1),
    questions: z.array(QuizQuestion).min(1),
  }),
]);
export type CatalogueItem = z.infer<typeof CatalogueItem>;
export type QuizItem = Extract<CatalogueItem, { kind: 'quiz' }>;

export const CatalogueWeek = z.object({
  week: z.number().int().min(1).max(5),
  docId: z.string().regex(/^training\/week-[1-5]$/),
  title: Bilingual,
  items: z.array(CatalogueItem),
});
export type CatalogueWeek = z.infer<typeof CatalogueWeek>;

export const Catalogue = z.object({ weeks: z.array(CatalogueWeek) });
export type Catalogue = z.infer<typeof Catalogue>;
