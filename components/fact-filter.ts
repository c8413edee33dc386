import type { Extraction } from '../core/types';

/** Folds case and accents so "Sri Mulyani" matches "sri mulyani". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function has(query: string, ...fields: Array<string | null | undefined>): boolean {
  return fields.some((field) => field != null && fold(field).includes(query));
}

/** The facts that mention `query` in a name, alias, role, affiliation, figure field, quote or speaker. */
export function filterFacts(facts: Extraction, query: string): Extraction {
  const q = fold(query.trim());
  if (q === '') return facts;
  return {
    persons: facts.persons.filter((p) => has(q, p.name, p.role, p.affiliation, ...p.aliases)),
    organizations: facts.organizations.filter((o) => has(q, o.name, ...o.aliases)),
    places: facts.places.filter((l) => has(q, l.name, ...l.aliases)),
    figures: facts.figures.filter((f) => has(q, f.text, f.subject, f.measure, f.period)),
    quotes: facts.quotes.filter((x) => has(q, x.text, x.speaker)),
    dates: facts.dates.filter((d) => has(q, d.text)),
  };
}
