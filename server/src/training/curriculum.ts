import { Catalogue, Track, type CatalogueItem } from './catalogue-schema.js';
import { loadCatalogue } from './catalogue.js';

/**
 * The curriculum as the server knows it: every item of the five weeks under its stable id, with the hash of its
 * content, how it is checked, and (for quizzes) the right answers — the catalogue generated from the MDX of
 * docs/training/ (scripts/generate-training-catalogue.ts), with the lookups the training service needs.
 */
export const tracks = Track.options;
export type { CatalogueItem, ItemCheck, Track } from './catalogue-schema.js';
export type { Catalogue };

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
  return new Curriculum(loadCatalogue());
}
