import type { Extraction, Mention } from '../core/types';

/** What a highlight marks; the `data-kind` of its <sorot-mark>. */
export type MarkKind = 'official' | 'person' | 'organization' | 'figure' | 'place' | 'date';

/** One range of the article string to highlight. */
export interface HighlightTarget {
  /** First index in the article string. */
  start: number;
  /** One past the last index (exclusive). */
  end: number;
  /** What the range mentions. */
  kind: MarkKind;
  /** Id of the entity or figure in the extraction ("p1", "f2" …): the mark's `data-entity`. */
  entity: string;
  /** Index of this mention among the entity's mentions: the mark's `data-mention`. */
  mention: number;
}

/** Which optional kinds the reader turned on. */
export interface KindChoices {
  /** Highlight places too. */
  showPlaces: boolean;
  /** Highlight dates too. */
  showDates: boolean;
}

/**
 * The ranges to highlight, in text order, without overlaps: when two mentions overlap the one starting first wins,
 * and of two starting together the longer ("PT Xiaomi Technology Indonesia" over "Xiaomi").
 */
export function targetsOf(x: Extraction, choices: KindChoices): HighlightTarget[] {
  const all: HighlightTarget[] = [];
  const add = (entity: string, kind: MarkKind, mentions: Mention[]) => {
    mentions.forEach((m, mention) => {
      if (m.end > m.start) all.push({ start: m.start, end: m.end, kind, entity, mention });
    });
  };
  for (const p of x.persons) add(p.id, p.official ? 'official' : 'person', p.mentions);
  for (const o of x.organizations) add(o.id, 'organization', o.mentions);
  for (const f of x.figures) add(f.id, 'figure', f.mentions);
  if (choices.showPlaces) for (const l of x.places) add(l.id, 'place', l.mentions);
  if (choices.showDates) for (const d of x.dates) add(d.id, 'date', d.mentions);
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: HighlightTarget[] = [];
  let reached = 0;
  for (const t of all) {
    if (t.start >= reached) {
      kept.push(t);
      reached = t.end;
    }
  }
  return kept;
}
