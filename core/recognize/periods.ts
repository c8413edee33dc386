import { type Doc, spanText } from '../document';
import { MONTHS } from '../lexicon';
import type { Token } from '../tokenize';

/** A period phrase ("kuartal II 2025", "hingga 2025", "Januari 2025"), by token range. */
export interface PeriodSpan {
  /** First token. */
  from: number;
  /** One past the last token. */
  to: number;
  /** As written. */
  text: string;
}

const PART_OF_YEAR = new Set('kuartal triwulan semester caturwulan kw q1 q2 q3 q4'.split(' '));
const ORDINALS = new Set('i ii iii iv pertama kedua ketiga keempat 1 2 3 4'.split(' '));
const LEADS = new Set('hingga sampai sepanjang selama per pada akhir awal tahun medio'.split(' '));
const RELATIVE = new Set('lalu ini depan sebelumnya'.split(' '));

function isYear(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number' && t.text.length === 4 && /^(19|20)\d\d$/.test(t.text);
}

/** Finds period phrases among tokens not claimed by dates or figures. */
export function findPeriods(doc: Doc): PeriodSpan[] {
  const out: PeriodSpan[] = [];
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (doc.taken[i]) continue;
    const end = periodEnd(toks, i);
    if (end <= i) continue;
    out.push({ from: i, to: end, text: spanText(doc, i, end) });
    i = end - 1;
  }
  return out;
}

function periodEnd(toks: readonly Token[], i: number): number {
  const t = toks[i] as Token;
  if (PART_OF_YEAR.has(t.lower)) {
    let end = i + 1;
    if (ORDINALS.has(toks[end]?.lower ?? '')) end++;
    if (toks[end]?.lower === 'tahun') end++;
    if (isYear(toks[end])) return end + 1;
    return end > i + 1 ? end : -1;
  }
  if (t.cap && MONTHS.has(t.lower) && isYear(toks[i + 1])) return i + 2;
  if (LEADS.has(t.lower)) {
    let end = i + 1;
    if (toks[end]?.lower === 'tahun' || toks[end]?.lower === 'akhir' || toks[end]?.lower === 'awal') end++;
    if (isYear(toks[end])) return end + 1;
    if (t.lower === 'tahun' && RELATIVE.has(toks[end]?.lower ?? '')) return end + 1;
    return -1;
  }
  return isYear(t) ? i + 1 : -1;
}
