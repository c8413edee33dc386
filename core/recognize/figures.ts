import { type Doc, spanText, take } from '../document';
import { CURRENCY_PREFIXES, CURRENCY_WORDS, DOLLAR_COUNTRIES } from '../numbers/currencies';
import { type Amount, readAmount } from '../numbers/read-amount';
import { UNIT_PAIRS, UNITS } from '../numbers/units';
import type { Token } from '../tokenize';
import type { FigureKind } from '../types';

/** A figure found in the text, by token range, before its context is read. */
export interface FigureSpan {
  /** First token. */
  from: number;
  /** One past the last token. */
  to: number;
  /** As written. */
  text: string;
  /** Money, percent or quantity. */
  kind: FigureKind;
  /** Value (lower end of a range). */
  value: number;
  /** Upper end of a range. */
  valueTo?: number;
  /** ISO currency, "%" or the unit word. */
  unit: string;
}

const RANGE_WORDS = new Set(['-', '–', '—', 'hingga', 'sampai', 'sd', 's.d.']);

/** Finds money, percentages and counted quantities; claims their tokens. */
export function findFigures(doc: Doc): FigureSpan[] {
  const out: FigureSpan[] = [];
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (doc.taken[i]) continue;
    const f = figureAt(doc, i);
    if (!f) continue;
    out.push(f);
    take(doc, f.from, f.to);
    i = f.to - 1;
  }
  return out;
}

function figureAt(doc: Doc, i: number): FigureSpan | null {
  const toks = doc.tokens;
  const t = toks[i] as Token;
  if (t.kind === 'punct' && !CURRENCY_PREFIXES.has(t.text)) return null;
  if (isOrdinal(toks, i)) return null;
  const prefix = currencyPrefix(doc, i);
  const at = prefix ? prefix.end : i;
  const low = readAmount(toks, at);
  if (!low || doc.taken[at] || doc.taken[low.end - 1]) return null;
  const high = readRange(doc, low, prefix?.iso);
  return finish(doc, i, high ? { ...low, end: high.end } : low, high ?? undefined, prefix?.iso);
}

/** "ke-3", "ke 3" are ordinals. */
function isOrdinal(toks: readonly Token[], i: number): boolean {
  const p = toks[i - 1];
  const pp = toks[i - 2];
  return p?.lower === 'ke' || (p?.text === '-' && pp?.lower === 'ke');
}

function _isPercentAt(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  return t !== undefined && (t.text === '%' || t.lower === 'persen');
}

/** "Rp", "Rp.", "US$", "USD", "$" right before an amount. */
function currencyPrefix(doc: Doc, i: number): { iso: string; end: number } | null {
  const toks = doc.tokens;
  const t = toks[i] as Token;
  const next = toks[i + 1];
  if (next && t.end === next.start && next.text === '$') {
    const iso = CURRENCY_PREFIXES.get(`${t.text}$`);
    if (iso) return { iso, end: i + 2 };
  }
  const iso = CURRENCY_PREFIXES.get(t.text) ?? (t.lower === 'rp' ? 'IDR' : undefined);
  if (!iso) return null;
  const dot = next?.text === '.' && next.start === t.end ? 1 : 0;
  const amount = toks[i + 1 + dot];
  return amount && (amount.kind === 'number' || amount.kind === 'word') ? { iso, end: i + 1 + dot } : null;
}

/** "20–25 persen", "Rp 2 triliun hingga Rp 3 triliun", "Rp2-3 triliun": the upper end, if any. */
function readRange(doc: Doc, low: Amount, iso: string | undefined): Amount | null {
  const toks = doc.tokens;
  const sep = toks[low.end];
  if (!sep || !RANGE_WORDS.has(sep.lower)) return null;
  let at = low.end + 1;
  if (iso) {
    const again = currencyPrefix(doc, at);
    if (again) at = again.end;
  }
  const high = readAmount(toks, at);
  if (!high?.digits || doc.taken[at]) return null;
  if (low.scale === 1 && high.scale > 1) low.value *= high.scale;
  return high.value > low.value ? high : null;
}

function finish(
  doc: Doc,
  from: number,
  amount: Amount,
  high: Amount | undefined,
  prefixIso?: string,
): FigureSpan | null {
  const toks = doc.tokens;
  let end = amount.end;
  let kind: FigureKind | null = null;
  let unit = '';
  const next = toks[end];
  if (prefixIso) {
    kind = 'money';
    unit = prefixIso;
    if (next && CURRENCY_WORDS.get(next.lower) === prefixIso) end++;
  } else if (next && (next.text === '%' || next.lower === 'persen')) {
    kind = 'percent';
    unit = '%';
    end++;
  } else if (next && CURRENCY_WORDS.has(next.lower) && !next.allCaps) {
    kind = 'money';
    unit = CURRENCY_WORDS.get(next.lower) as string;
    end++;
    const country = toks[end] && DOLLAR_COUNTRIES.get((toks[end] as Token).lower);
    if (unit === 'USD' && country) {
      unit = country;
      end += country === 'HKD' || (toks[end] as Token).lower === 'amerika' ? 2 : 1;
    }
  } else if (next && (amount.digits || amount.scale > 1)) {
    const pair = UNIT_PAIRS.get(next.lower);
    if (pair && toks[end + 1]?.lower === pair) {
      kind = 'quantity';
      unit = `${next.lower} ${pair}`;
      end += 2;
    } else if (UNITS.has(next.lower) && next.kind === 'word') {
      kind = 'quantity';
      // Units with inner capitals keep their spelling ("GWh", "MW"); plain words are lower-cased ("Unit" → "unit").
      unit = next.lower === 'ha' ? 'hektare' : /\p{Lu}/u.test(next.text.slice(1)) ? next.text : next.lower;
      end++;
    }
  }
  if (!kind) return null;
  const span: FigureSpan = { from, to: end, text: spanText(doc, from, end), kind, value: amount.value, unit };
  if (high) span.valueTo = high.value;
  return span;
}
