import { z } from 'zod';
import catalogueJson from './catalogue.json' with { type: 'json' };

/**
 * The curriculum as the server knows it: every item of the five weeks under its stable id, with the hash of its
 * content, how it is checked, and (for quizzes) the right answers. Generated from the MDX of docs/training/ by
 * scripts/generate-training-catalogue.ts into catalogue.json; this module only reads and parses it.
 */
export const tracks = ['developer', 'operator', 'business'] as const;
export type Track = (typeof tracks)[number];

const Bilingual = z.object({ 'zh-Hans': z.string(), en: z.string() });

export const ItemCheck = z.discriminatedUnion('type', [
  z.object({ type: z.literal('manual'), signOff: z.boolean().default(false) }),
  z.object({ type: z.literal('ticket'), priority: z.enum(['P1', 'P2', 'P3', 'P4']).optional(), attachment: z.boolean().default(false) }),
  z.object({ type: z.literal('saved-reply-pending') }),
  z.object({ type: z.literal('metrics-answer'), metric: z.literal('ticket_5xx_ratio') }),
  z.object({ type: z.literal('drill-report') }),
  z.object({ type: z.literal('quiz') }),
]);
export type ItemCheck = z.infer<typeof ItemCheck>;

const Question = z.object({ id: z.string().min(1), answers: z.array(z.string().min(1)).min(2), correct: z.string().min(1) });

export const CatalogueItem = z.object({
  id: z.string().regex(/^w[1-5]-[a-z0-9-]+$/),
  kind: z.enum(['reading', 'exercise', 'quiz']),
  week: z.int().min(1).max(5),
  tracks: z.array(z.enum(tracks)).min(1),
  required: z.boolean(),
  minutes: z.int().nonnegative(),
  title: Bilingual,
  hash: z.string().regex(/^[0-9a-f]{16}$/),
  check: ItemCheck,
  passMark: z.number().min(0).max(1).optional(),
  questions: z.array(Question).optional(),
});
export type CatalogueItem = z.infer<typeof CatalogueItem>;

export const Catalogue = z.object({
  weeks: z
    .array(z.object({ week: z.int().min(1).max(5), docId: z.string(), title: Bilingual, items: z.array(CatalogueItem) }))
    .length(5),
});
export type Catalogue = z.infer<typeof Catalogue>;

/** The default pass mark of a quiz (80 %), unless the quiz says otherwise. */
export const defaultPassMark = 0.8;

/** Lookups over one parsed catalogue. */
export class Curriculum {
  private readonly byId = new Map<string, CatalogueItem>();

  constructor(readonly catalogue: Catalogue) {
    for (const week of catalogue.weeks) {
      for (const item of week.items) {
        if (this.byId.has(item.id)) throw new Error(`training catalogue: item ${item.id} appears twice`);
        this.byId.set(item.id, item);
      }
    }
  }

  item(id: string): CatalogueItem | undefined {
    return this.byId.get(id);
  }

  /** The items a trainee of this track is asked to do, in curriculum order. */
  itemsFor(track: Track): CatalogueItem[] {
    return this.catalogue.weeks.flatMap((week) => week.items.filter((item) => item.tracks.includes(track)));
  }

  requiredFor(track: Track): CatalogueItem[] {
    return this.itemsFor(track).filter((item) => item.required);
  }

  weeks() {
    return this.catalogue.weeks;
  }

  /** The weeks with one track's items, without quiz answers: what a progress page lists. */
  outline(track: Track) {
    return this.catalogue.weeks.map((week) => ({
      week: week.week,
      docId: week.docId,
      title: week.title,
      items: week.items
        .filter((item) => item.tracks.includes(track))
        .map((item) => ({
          id: item.id,
          kind: item.kind,
          title: item.title,
          minutes: item.minutes,
          required: item.required,
          check: item.check.type,
          signOff: item.check.type === 'manual' && item.check.signOff,
        })),
    }));
  }
}

export function parseCatalogue(json: unknown): Curriculum {
  return new Curriculum(Catalogue.parse(json));
}

/** The curriculum this release ships (catalogue.json, generated from the MDX and checked by the tests). */
export function shippedCurriculum(): Curriculum {
  return parseCatalogue(catalogueJson);
}
