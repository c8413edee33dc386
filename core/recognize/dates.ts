import { type Doc, isMark, spanText, take, touching } from '../document';
import { DAYS, MONTHS } from '../lexicon';
import type { Token } from '../tokenize';

/** A date found in the text, by token range. */
export interface DateSpan {
  /** First token. */
  from: number;
  /** One past the last token. */
  to: number;
  /** The date as written. */
  text: string;
  /** YYYY-MM-DD, or null when the year is missing. */
  iso: string | null;
}

/**
 * Finds "14 Oktober 2025", "Selasa (14/10/2025)", "14/10/2025" and "2025-10-14", with a day name before when
 * there is one, and claims their tokens so no number in them becomes a figure.
 */
export function findDates(doc: Doc): DateSpan[] {
  const out: DateSpan[] = [];
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    if ((toks[i] as Token).kind !== 'number' || doc.taken[i]) continue;
    const hit = written(doc, i) ?? numeric(doc, i);
    if (!hit) continue;
    let from = i;
    let to = hit.to;
    if (hit.paren) {
      from = i - 1;
      to++;
    }
    const day = dayBefore(doc, from);
    if (day >= 0) from = day;
    else if (hit.paren) {
      from = i;
      to--;
    }
    out.push({ from, to, text: spanText(doc, from, to), iso: hit.iso });
    take(doc, from, to);
    i = to - 1;
  }
  return out;
}

interface Hit {
  to: number;
  iso: string | null;
  paren: boolean;
}

function int(t: Token | undefined): number {
  return t && t.kind === 'number' && /^\d+$/.test(t.text) ? Number(t.text) : -1;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "14 Oktober 2025" or "14 Oktober". */
function written(doc: Doc, i: number): Hit | null {
  const toks = doc.tokens;
  const d = int(toks[i]);
  // "21-22 Oktober 2025": a range of days, dated by its first.
  if (
    toks[i + 1]?.text === '-' &&
    int(toks[i + 2]) > d &&
    toks[i + 3]?.cap &&
    MONTHS.has((toks[i + 3] as Token).lower)
  ) {
    const range = written(doc, i + 2);
    if (range)
      return { to: range.to, iso: range.iso && `${range.iso.slice(0, 8)}${String(d).padStart(2, '0')}`, paren: false };
  }
  const month = toks[i + 1];
  if (d < 1 || d > 31 || !month || !month.cap || !MONTHS.has(month.lower)) return null;
  const y = int(toks[i + 2]);
  if (y >= 1900 && y <= 2100 && (toks[i + 2] as Token).text.length === 4) {
    return { to: i + 3, iso: iso(y, MONTHS.get(month.lower) as number, d), paren: false };
  }
  return { to: i + 2, iso: null, paren: false };
}

/** "14/10/2025", "14-10-2025", "2025-10-14", "(14/10)"; in parentheses only when a day name or "(" frames it. */
function numeric(doc: Doc, i: number): Hit | null {
  const toks = doc.tokens;
  const sep = toks[i + 1]?.text;
  if (sep !== '/' && sep !== '-') return null;
  const a = int(toks[i]);
  const b = int(toks[i + 2]);
  const hasThird = toks[i + 3]?.text === sep && int(toks[i + 4]) >= 0;
  const c = hasThird ? int(toks[i + 4]) : -1;
  const end = hasThird ? i + 5 : i + 3;
  if (!adjacent(doc, i, end)) return null;
  const paren = isMark(doc, i - 1, '(') && isMark(doc, end, ')');
  if (hasThird && (toks[i] as Token).text.length === 4) return { to: end, iso: iso(a, b, c), paren };
  if (hasThird) {
    const year = (toks[i + 4] as Token).text.length === 2 ? 2000 + c : c;
    const value = iso(year, b, a);
    return value ? { to: end, iso: value, paren } : null;
  }
  if (!paren || dayBefore(doc, i - 1) < 0 || a < 1 || a > 31 || b < 1 || b > 12) return null;
  return { to: end, iso: null, paren };
}

function adjacent(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) if (!touching(doc, k)) return false;
  return true;
}

/** Index of a day name right before `at` ("Selasa (", "Selasa, "), or -1. */
function dayBefore(doc: Doc, at: number): number {
  const toks = doc.tokens;
  let k = at - 1;
  if (isMark(doc, k, ',')) k--;
  const t = toks[k];
  return t?.cap && DAYS.has(t.lower) ? k : -1;
}
