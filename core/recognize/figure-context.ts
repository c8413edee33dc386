import type { Doc } from '../document';
import type { Token } from '../tokenize';
import type { FigureSpan } from './figures';
import type { PeriodSpan } from './periods';

/** What is measured, one or two lower-cased words ("investasi", "pangsa pasar"). */
const MEASURES = new Set(
  `investasi pangsa laba rugi kerugian pendapatan penjualan ekspor impor produksi kapasitas pertumbuhan inflasi
  harga anggaran belanja modal aset omzet kredit pembiayaan dana utang defisit surplus transaksi volume target nilai
  kontribusi subsidi insentif pajak tarif biaya valuasi kapitalisasi dividen devisa pdb realisasi penerimaan serapan
  suku market revenue penyaluran permintaan konsumsi okupansi margin porsi kenaikan penurunan`.split(/\s+/),
);

/** Second words that extend a measure ("pangsa pasar", "laba bersih", "suku bunga"). */
const MEASURE_TAILS = new Set('pasar bersih kotor bunga produksi investasi ekspor impor share usaha devisa'.split(' '));

/** Subject/measure/period lookup distance in tokens. */
const REACH = 12;

/** An entity mention by token range, for choosing a figure's subject. */
export interface Anchor {
  /** First token. */
  from: number;
  /** The entity's name. */
  name: string;
  /** Organisations make better subjects than people. */
  isOrg: boolean;
}

/** Fills subject, measure and period of each figure from its own sentence. */
export function describeFigure(
  doc: Doc,
  f: FigureSpan,
  anchors: ReadonlyMap<number, Anchor[]>,
  periods: ReadonlyMap<number, PeriodSpan[]>,
): { subject: string | null; measure: string | null; period: string | null } {
  const s = doc.sentence[f.from] as number;
  return {
    subject: subjectOf(f, anchors.get(s) ?? []),
    measure: measureOf(doc, f),
    period: periodOf(f, periods.get(s) ?? []),
  };
}

function measureOf(doc: Doc, f: FigureSpan): string | null {
  const toks = doc.tokens;
  const s = doc.sentence[f.from];
  for (let i = f.from - 1; i >= 0 && f.from - i <= REACH && doc.sentence[i] === s; i--) {
    const t = toks[i] as Token;
    if (!MEASURES.has(t.lower)) continue;
    const tail = toks[i + 1];
    const end = tail && MEASURE_TAILS.has(tail.lower) && i + 1 < f.from ? i + 2 : i + 1;
    return doc.text.slice(doc.start[i], doc.end[end - 1]).toLowerCase();
  }
  return null;
}

function subjectOf(f: FigureSpan, anchors: readonly Anchor[]): string | null {
  let best: Anchor | null = null;
  for (const a of anchors) {
    if (a.from >= f.from) continue;
    if (!best || (a.isOrg && !best.isOrg) || (a.isOrg === best.isOrg && a.from > best.from)) best = a;
  }
  return best?.name ?? null;
}

function periodOf(f: FigureSpan, periods: readonly PeriodSpan[]): string | null {
  let best: PeriodSpan | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const p of periods) {
    const distance = p.from >= f.to ? p.from - f.to : f.from - p.to;
    if (distance < bestDistance) {
      best = p;
      bestDistance = distance;
    }
  }
  return best?.text ?? null;
}
