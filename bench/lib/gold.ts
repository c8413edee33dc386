/** Gold facts of one corpus article (tests/fixtures/corpus/README.md describes the schema). */
export interface Gold {
  /** People with their name forms, role, official flag and affiliation. */
  persons: { name: string; aliases: string[]; role: string | null; official: boolean; affiliation: string | null }[];
  /** Organisations with their name forms and kind. */
  organizations: { name: string; aliases: string[]; kind: string }[];
  /** Places with their name forms. */
  places: { name: string; aliases: string[] }[];
  /** Figures as written with their normalised value. */
  figures: { text: string; kind: string; value: number; valueTo?: number; unit: string }[];
  /** Quotes by speaker and first five words. */
  quotes: { speaker: string | null; start: string }[];
  /** Dates as written with their ISO form. */
  dates: { text: string; iso: string | null }[];
}

/** Lower-case, trailing periods dropped, runs of spaces collapsed: how two name forms are compared. */
export function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();
}

/** Precision/recall counts. */
export interface Counts {
  /** Predicted items that matched a gold item. */
  tp: number;
  /** Predicted items in all. */
  predicted: number;
  /** Gold items in all. */
  gold: number;
}

/** Pairs predicted and gold items one to one, greedily in gold order; returns the pairs. */
export function pair<P, G>(predicted: readonly P[], gold: readonly G[], same: (p: P, g: G) => boolean): [P, G][] {
  const used = new Set<number>();
  const pairs: [P, G][] = [];
  for (const g of gold) {
    const k = predicted.findIndex((p, i) => !used.has(i) && same(p, g));
    if (k < 0) continue;
    used.add(k);
    pairs.push([predicted[k] as P, g]);
  }
  return pairs;
}

/** True when any form of the predicted entity equals any form of the gold one. */
export function sameEntity(p: { name: string; aliases: string[] }, g: { name: string; aliases: string[] }): boolean {
  const forms = new Set([g.name, ...g.aliases].map(norm));
  return [p.name, ...p.aliases].some((f) => forms.has(norm(f)));
}

/** F1 line: "P 0.91 R 0.88 F1 0.89 (tp/pred/gold)". */
export function prf(c: Counts): string {
  const p = c.predicted ? c.tp / c.predicted : 1;
  const r = c.gold ? c.tp / c.gold : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (${c.tp}/${c.predicted}/${c.gold})`;
}
