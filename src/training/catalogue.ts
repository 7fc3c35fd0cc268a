import type {Catalogue, CatalogueItem, CatalogueWeek} from '@site/server/src/training/catalogue-schema';
import raw from '@site/server/src/training/catalogue.json';

export type {Catalogue, CatalogueItem, CatalogueWeek};

/** The generated catalogue (npm run training:catalogue); the server parses the same file with zod. */
export const catalogue = raw as unknown as Catalogue;

const byId = new Map<string, CatalogueItem>(catalogue.weeks.flatMap((week) => week.items.map((item) => [item.id, item] as const)));

export const catalogueItem = (id: string): CatalogueItem | undefined => byId.get(id);
export const catalogueWeek = (week: number): CatalogueWeek | undefined => catalogue.weeks.find((entry) => entry.week === week);
