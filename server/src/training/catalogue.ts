import generated from './catalogue.json' with { type: 'json' };
import { Catalogue, type CatalogueItem } from './catalogue-schema.js';

// The committed training catalogue, for the server: it checks completions against these ids, checks and hashes,
// and never parses MDX itself.
export * from './catalogue-schema.js';

let parsed: Catalogue | undefined;

/** The committed catalogue, parsed once; a malformed file stops the server at start-up rather than mid-request. */
export function loadCatalogue(): Catalogue {
  parsed ??= Catalogue.parse(generated);
  return parsed;
}

/** Every item of the curriculum by its id. */
export function catalogueItems(catalogue: Catalogue = loadCatalogue()): Map<string, CatalogueItem> {
  return new Map(catalogue.weeks.flatMap((week) => week.items.map((item) => [item.id, item] as const)));
}
