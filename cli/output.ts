import type { Extraction } from '../core/index';

/** The CLI's view of an extraction: the documented fields only (ids are for the page layer). */
export type PublicExtraction = {
  [K in keyof Extraction]: Omit<Extraction[K][number], 'id'>[];
};

function withoutIds<T extends { id: string }>(items: readonly T[]): Omit<T, 'id'>[] {
  return items.map(({ id: _id, ...rest }) => rest);
}

/** Drops the ids from every fact. */
export function publicExtraction(x: Extraction): PublicExtraction {
  return {
    persons: withoutIds(x.persons),
    organizations: withoutIds(x.organizations),
    places: withoutIds(x.places),
    figures: withoutIds(x.figures),
    quotes: withoutIds(x.quotes),
    dates: withoutIds(x.dates),
  };
}
