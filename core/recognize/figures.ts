import { type Doc, spanText, take } from '../document';
import { CURRENCY_PREFIXES, CURRENCY_WORDS, DOLLAR_COUNTRIES } from '../numbers/currencies';
import { MONEY_SCALE_LETTERS } from '../numbers/number-words';
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

/** Only a dash makes a range: "Rp 166 juta hingga Rp 185 juta" is two figures. */
const RANGE_WORDS = new Set(['-', '–', '—']);

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
  const low = readAmount(toks, at, prefix?.iso === 'IDR');
  if (!low || doc.taken[at] || doc.taken[low.end - 1]) return null;
  // "US$ 4 M" is miliar to some writers and million to others: no value is better than a wrong one.
  if (prefix && MONEY_SCALE_LETTERS.has(toks[low.end]?.text ?? '')) return null;
  const high = readRange(doc, low, prefix?.iso);
  return finish(doc, i, high ? { ...low, end: high.end } : low, high ?? undefined, prefix?.iso);
}

/** "ke-3", "ke 3" are ordinals; "ke Rp16.650", "ke 4,75 persen" are where a value moved. */
function isOrdinal(toks: readonly Token[], i: number): boolean {
  const p = toks[i - 1];
  const pp = toks[i - 2];
  if (p?.text === '-' && pp?.lower === 'ke') return true;
  const next = toks[i + 1]?.lower ?? '';
  return p?.lower === 'ke' && toks[i]?.kind === 'number' && !/^(%|persen|ribu|juta|miliar|triliun)$/.test(next);
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
  const high = readAmount(toks, at, iso === 'IDR');
  if (!high?.digits || doc.taken[at]) return null;
  if (low.scale === 1 && high.scale > 1) low.value *= high.scale;
  return high.value > low.value ? high : null;
}

/** Words after a number that measure time, join clauses or compare: never the unit of a counted quantity. */
const NOT_UNITS = new Set(
  `tahun bulan hari jam menit detik minggu pekan dekade abad windu kali lipat kuartal triwulan semester tahap periode
  yang dan di ke dari pada untuk dengan atau per oleh sejak hingga sampai lebih kurang sekitar lalu ini itu menjadi
  adalah saja pun juga tersebut lainnya persen besar kecil baru lama terakhir pertama orangnya mendatang depan
  malam pagi siang sore wib wita wit`.split(/\s+/),
);

/**
 * One past the unit of a counted quantity at `at`: a known unit or unit pair ("unit", "GWh", "tenaga kerja"), or,
 * after a number written in digits that is not a year, an everyday noun ("20 kota", "1.556 entitas").
 */
function quantityUnitEnd(doc: Doc, at: number, amount: Amount): number {
  const toks = doc.tokens;
  const t = toks[at];
  if (t?.kind !== 'word') return at;
  // A capitalised unit belongs to a name ("Program 3 Juta Rumah") unless the line is a headline.
  if (t.cap && !t.allCaps && !doc.headline[at] && !/\p{Lu}/u.test(t.text.slice(1))) return at;
  // "Pada 2025 perusahaan …": a bare year is never counted.
  const yearLike = amount.scale === 1 && /^(19|20)\d\d$/.test((toks[at - 1] as Token).text);
  if (yearLike) return at;
  const second = UNIT_PAIRS.get(t.lower);
  if (second?.includes(toks[at + 1]?.lower ?? '')) {
    return toks[at + 1]?.lower === 'transceiver' && toks[at + 2]?.lower === 'station' ? at + 3 : at + 2;
  }
  if (UNITS.has(t.lower) || /^[kMGT]?W(h|p|ac)?$/.test(t.text) || /^MMSCFD|BOPD|MMBTU$/.test(t.text)) return at + 1;
  if (!amount.digits || NOT_UNITS.has(t.lower) || /^(me|ber|ter)/.test(t.lower) || t.cap) return at;
  return at + 1;
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
    const unitAt = next.lower === 'lebih' && toks[end + 1]?.kind === 'word' ? end + 1 : end;
    const unitEnd = quantityUnitEnd(doc, unitAt, amount);
    if (unitEnd > unitAt) {
      kind = 'quantity';
      const first = toks[unitAt] as Token;
      unit =
        unitEnd - unitAt === 1 && /\p{Lu}/u.test(first.text.slice(1))
          ? first.text
          : spanText(doc, unitAt, unitEnd).toLowerCase();
      if (unit === 'ha') unit = 'hektare';
      end = unitEnd;
    }
  }
  if (!kind) return null;
  const span: FigureSpan = { from, to: end, text: spanText(doc, from, end), kind, value: amount.value, unit };
  if (high) span.valueTo = high.value;
  return span;
}
