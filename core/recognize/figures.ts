import { type Doc, spanText, take, touching } from '../document';
import { CURRENCY_PREFIXES, CURRENCY_WORDS, DOLLAR_COUNTRIES } from '../numbers/currencies';
import { DIGIT_WORDS, MONEY_SCALE_LETTERS } from '../numbers/number-words';
import { type Amount, readAmount, scaled } from '../numbers/read-amount';
import { RATE_UNITS, UNIT_PAIRS, UNITS } from '../numbers/units';
import { capitalInside, type Token } from '../tokenize';
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
  // "Rp 5 miliar hingga 6 miliar": the second amount is money in the same currency.
  let carry: { at: number; iso: string } | null = null;
  for (let i = 0; i < toks.length; i++) {
    if (doc.taken[i]) continue;
    const f = figureAt(doc, i, carry?.at === i ? carry.iso : undefined);
    if (!f) continue;
    out.push(f);
    take(doc, f.from, f.to);
    const next = f.kind === 'money' ? connectorEnd(toks, f.from, f.to) : -1;
    carry = next > 0 ? { at: next, iso: f.unit } : null;
    i = f.to - 1;
  }
  return out;
}

function figureAt(doc: Doc, i: number, carryIso?: string): FigureSpan | null {
  const toks = doc.tokens;
  const t = toks[i] as Token;
  // Most tokens are plain words: leave before the lookups below.
  const plain = t.kind !== 'number' && !DIGIT_WORDS.has(t.lower) && !CURRENCY_PREFIXES.has(t.text);
  if (plain && t.lower !== 'rp' && toks[i + 1]?.text !== '$') return null;
  const prefix = currencyPrefix(doc, i) ?? carried(doc, i, carryIso);
  if (plain && !prefix) return null;
  if (isOrdinal(doc, i) || isCodePart(doc, i) || isFragment(doc, i)) return null;
  const at = prefix ? prefix.end : i;
  const low = readAmount(doc, at, prefix?.iso === 'IDR');
  if (!low || doc.taken[at] || doc.taken[low.end - 1]) return null;
  // "US$ 4 M" is miliar to some writers and million to others: no value is better than a wrong one.
  if (prefix && MONEY_SCALE_LETTERS.has(toks[low.end]?.text ?? '')) return null;
  const high = readRange(doc, low, prefix?.iso);
  if (high) return finish(doc, i, { ...low, end: high.end }, high, prefix?.iso);
  const split = splitRangeEnd(doc, i, low, prefix?.iso);
  const own = finish(doc, i, low, undefined, prefix?.iso);
  if (own || !split) return own;
  // "5 hingga 6 persen": the lower end is a figure of the upper end's kind and unit.
  return {
    from: i,
    to: low.end,
    text: spanText(doc, i, low.end),
    kind: split.kind,
    value: low.value,
    unit: split.unit,
  };
}

/**
 * Words joining two amounts of one kind: a range written out ("hingga", "sampai", "s.d.", "s/d", "antara … dan …") or
 * a change ("dari 100 ribu menjadi 150 ribu unit").
 */
function connectorEnd(toks: readonly Token[], from: number, at: number): number {
  const t = toks[at];
  if (!t) return -1;
  if (t.lower === 'hingga' || t.lower === 'sampai' || t.lower === 'sd') return at + 1;
  if (t.lower === 'dan' && toks[from - 1]?.lower === 'antara') return at + 1;
  if ((t.lower === 'menjadi' || t.lower === 'ke') && toks[from - 1]?.lower === 'dari') return at + 1;
  if (t.lower !== 's' || (toks[at + 2]?.lower ?? '') !== 'd') return -1;
  const sep = toks[at + 1]?.text;
  if (sep !== '.' && sep !== '/') return -1;
  return toks[at + 3]?.text === '.' ? at + 4 : at + 3;
}

/**
 * The upper end after "hingga"/"s.d." when the lower end has no unit of its own ("5 hingga 6 persen",
 * "Rp 5 hingga 6 triliun", "dari 100 ribu menjadi 150 ribu unit"): the lower end takes its scale when it shows none
 * and is under a thousand, and its kind and unit.
 */
function splitRangeEnd(doc: Doc, from: number, low: Amount, iso: string | undefined): FigureSpan | null {
  const toks = doc.tokens;
  if (!low.digits || (low.scale === 1 && /^(19|20)\d\d$/.test(toks[low.end - 1]?.text ?? ''))) return null;
  const at = connectorEnd(toks, from, low.end);
  if (at < 0 || doc.taken[at]) return null;
  const again = currencyPrefix(doc, at);
  // "tumbuh 5 hingga Rp 6 triliun" is no range: a bare number does not become money from the next amount.
  if (again && !iso) return null;
  const high = figureAt(doc, at, iso);
  if (!high || (iso && high.unit !== iso)) return null;
  // "Rp 750.000 hingga Rp 1,1 juta": a lower end in the thousands is whole already, it takes no scale.
  if (low.scale === 1 && low.value < 1000) {
    const scale = readAmount(doc, again ? again.end : at, high.unit === 'IDR')?.scale ?? 1;
    low.value = scaled(low.value, scale);
    low.scale = scale;
  }
  return high;
}

/** After "Rp 5 miliar hingga", a bare amount is money in the same currency unless it says otherwise. */
function carried(doc: Doc, i: number, iso: string | undefined): { iso: string; end: number } | null {
  if (!iso) return null;
  const toks = doc.tokens;
  const amount = readAmount(doc, i, iso === 'IDR');
  const next = amount && toks[amount.end];
  if (!amount || (next && (next.text === '%' || next.lower === 'persen' || CURRENCY_WORDS.has(next.lower)))) {
    return null;
  }
  // "Rp 8,2 triliun hingga 2028" ends in a year, not in a second amount.
  if (amount.scale === 1 && /^(19|20)\d\d$/.test(toks[i]?.text ?? '')) return null;
  return { iso, end: i };
}

/** "USD1,2" is read as "USD1" "," "2": the "2" alone is no amount (a wrong value is worse than none). */
function isFragment(doc: Doc, i: number): boolean {
  const sep = doc.tokens[i - 1];
  const before = doc.tokens[i - 2];
  return (
    (sep?.text === ',' || sep?.text === '.') &&
    before !== undefined &&
    before.kind !== 'punct' &&
    touching(doc, i - 2) &&
    touching(doc, i - 1)
  );
}

/** "021-1234567", "0853-1111-1010": a number glued by a dash to a number before it is part of a code. */
function isCodePart(doc: Doc, i: number): boolean {
  const dash = doc.tokens[i - 1];
  const before = doc.tokens[i - 2];
  return dash?.text === '-' && before?.kind === 'number' && touching(doc, i - 2) && touching(doc, i - 1);
}

/**
 * "ke-3", "juara ke 3" are ordinals; "ke Rp16.650", "ke 4,75 persen" are where a value moved, and "ke 70 kota" is
 * where something went.
 */
function isOrdinal(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  const p = toks[i - 1];
  const pp = toks[i - 2];
  if (p?.text === '-' && pp?.lower === 'ke') return true;
  if (p?.lower !== 'ke' || toks[i]?.kind !== 'number') return false;
  const next = toks[i + 1];
  if (!next || /^(%|persen|ribu|juta|miliar|triliun)$/.test(next.lower)) return false;
  const noun = next.kind === 'word' && (!next.cap || doc.headline[i + 1] === 1) && isCountNoun(next);
  return !noun || LABELS.has(pp?.lower ?? '');
}

/** "Rp", "Rp.", "US$", "USD", "$" right before an amount. */
function currencyPrefix(doc: Doc, i: number): { iso: string; end: number } | null {
  const toks = doc.tokens;
  const t = toks[i] as Token;
  const next = toks[i + 1];
  if (next && touching(doc, i) && next.text === '$') {
    const iso = CURRENCY_PREFIXES.get(`${t.text}$`);
    if (iso) return { iso, end: i + 2 };
  }
  const iso = CURRENCY_PREFIXES.get(t.text) ?? (t.lower === 'rp' ? 'IDR' : undefined);
  if (!iso) return null;
  const dot = next?.text === '.' && touching(doc, i) ? 1 : 0;
  const amount = toks[i + 1 + dot];
  return amount && (amount.kind === 'number' || amount.kind === 'word') ? { iso, end: i + 1 + dot } : null;
}

/** "20–25 persen", "Rp 2 triliun hingga Rp 3 triliun", "Rp2-3 triliun": the upper end, if any. */
function readRange(doc: Doc, low: Amount, iso: string | undefined): Amount | null {
  const toks = doc.tokens;
  // "15%-20%": a percent sign written after both ends.
  const sign = +(toks[low.end]?.text === '%');
  const sep = toks[low.end + sign];
  if (!sep || !RANGE_WORDS.has(sep.lower)) return null;
  let at = low.end + sign + 1;
  if (iso) {
    const again = currencyPrefix(doc, at);
    if (again) at = again.end;
  }
  const high = readAmount(doc, at, iso === 'IDR');
  if (!high?.digits || doc.taken[at] || (sign && toks[high.end]?.text !== '%')) return null;
  if (low.scale === 1 && high.scale > 1) low.value = scaled(low.value, high.scale);
  return high.value > low.value ? high : null;
}

/** Words after a number that measure time, join clauses or compare: never the unit of a counted quantity. */
const NOT_UNITS = new Set(
  `tahun bulan hari jam menit detik minggu pekan dekade abad windu kali lipat kuartal triwulan semester tahap periode
  yang dan di ke dari pada untuk dengan atau per oleh sejak hingga sampai lebih kurang sekitar lalu lagi ini itu menjadi
  adalah saja pun juga tersebut lainnya persen besar kecil baru lama terakhir pertama orangnya mendatang depan
  malam pagi siang sore wib wita wit jika bila secara namun tetapi serta karena sehingga agar bahwa saat ketika
  sebagai seperti dalam atas bagi kepada antara setiap masih sudah akan belum tidak bukan segera sebelum setelah
  hanya kini sebesar sebanyak senilai ayat in of`.split(/\s+/),
);

/**
 * Words before a number that label it ("Pasal 33", "nomor 14", "tahap 2"): an identifier, not an amount; before
 * "ke 3" they make an ordinal even when a noun follows ("juara ke 3 nasional", "hari ke 5").
 */
const LABELS = new Set(
  `pasal ayat nomor no kode seri tipe versi model generasi level kelas gelombang edisi lantai peringkat urutan
  posisi juara km tahap hari tahun bulan pekan putaran babak angkatan periode`.split(/\s+/),
);

/** A lower-case everyday noun that can count things ("kota", "merek"), not a verb or a function word. */
function isCountNoun(t: Token): boolean {
  if (UNITS.has(t.lower)) return true;
  if (t.text.length < 2 || !/^\p{L}+$/u.test(t.text) || NOT_UNITS.has(t.lower)) return false;
  // Active and stative verbs ("menambah", "bertambah", "terjual"), passives ("disalurkan"); "merek" is a noun,
  // "medis" an adjective ("tenaga medis").
  return /^me(rek|dis)$/.test(t.lower) || !/^(me|ber|ter)|^di\p{L}{3,}kan$/u.test(t.lower);
}

/**
 * "Pasal 33", "iPhone 17", "Vario 125", "Top 10": a number right after a label or after a capitalised word inside a
 * sentence names something. Only a known unit ("Harimau 2 unit") or a percent sign overrides a capitalised word.
 */
function isIdentifier(doc: Doc, i: number, amount: Amount): boolean {
  const toks = doc.tokens;
  const p = toks[i - 1];
  if (p?.kind !== 'word' || amount.scale !== 1 || !amount.digits) return false;
  const next = toks[amount.end];
  if (next && (next.text === '%' || next.lower === 'persen')) return false;
  if (LABELS.has(p.lower)) return true;
  if (!p.cap || doc.headline[i] || p.lower === 'rp') return false;
  const before = toks[i - 2];
  const midSentence = before !== undefined && before.kind !== 'punct' && doc.sentence[i - 2] === doc.sentence[i];
  return midSentence && !(next && (UNITS.has(next.lower) || UNIT_PATTERN.test(next.text)));
}

/** Units written with capitals: power, energy, bandwidth, containers, gas flow ("20 GWh", "100 Mbps", "50 MMSCFD"). */
const UNIT_PATTERN = /^(?:[kMGT]?W(?:h|p|ac)?|[kMG]bps|TEUs?|MMSCFD|BOPD|MMBTU)$/;

/**
 * One past the unit of a counted quantity at `at`: a known unit or unit pair ("unit", "GWh", "tenaga kerja"), or,
 * after a number written in digits (or a large one in words) that is not a year, an everyday noun ("20 kota",
 * "1.556 entitas", "tiga juta potong").
 */
function quantityUnitEnd(doc: Doc, at: number, amount: Amount): number {
  const toks = doc.tokens;
  const t = toks[at];
  if (t?.kind !== 'word') return at;
  if (UNIT_PATTERN.test(t.text)) return at + 1;
  // A capitalised unit belongs to a name ("Program 3 Juta Rumah") unless the line is a headline.
  if (t.cap && !t.allCaps && !doc.headline[at] && !capitalInside(t.text)) return at;
  const prev = toks[at - 1] as Token;
  // "Pada 2025 perusahaan …": a bare year is never counted.
  const yearLike = amount.scale === 1 && /^(19|20)\d\d$/.test(prev.text);
  // "6x6", "4x4": a letter glued to the number is part of a name, unless it is a known unit ("20GWh").
  const glued = touching(doc, at - 1);
  if (yearLike) return at;
  const after = toks[at + 1];
  if (UNIT_PAIRS.has(`${t.lower} ${after?.lower}`)) {
    return /^(station|ton)$/.test(toks[at + 2]?.lower as string) ? at + 3 : at + 2;
  }
  // A capitalised word after an open head starts a name ("penerima Kartu Prakerja") unless the line is a headline.
  if (UNIT_PAIRS.has(`${t.lower} *`) && after && (!after.cap || after.allCaps || doc.headline[at + 1])) {
    if (isCountNoun(after)) return at + 2;
  }
  if (UNITS.has(t.lower)) return at + 1;
  const counted = amount.digits || amount.scale > 1 || amount.value >= 20;
  // An acronym counts institutions or sites ("14.800 SPPG"); a two-letter one is a country ("AS", "RI").
  if (!counted || glued || (t.cap && !(t.allCaps && t.text.length > 2)) || !isCountNoun(t)) return at;
  return at + 1;
}

/** "Wh/kg", "liter per detik": a rate written after a unit belongs to it. */
function rateEnd(doc: Doc, at: number): number {
  const slash = doc.tokens[at];
  const per = doc.tokens[at + 1];
  const unit = doc.tokens[at - 1] as Token;
  if (slash?.text === '/' && touching(doc, at - 1) && per?.kind === 'word' && touching(doc, at)) {
    return at + 2;
  }
  const time = per?.lower;
  if (slash?.lower === 'per' && RATE_UNITS.has(unit.lower) && (time === 'detik' || time === 'jam')) return at + 2;
  return at;
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
  } else if (next && (amount.digits || amount.scale > 1 || amount.value >= 20) && !isIdentifier(doc, from, amount)) {
    const unitAt = next.lower === 'lebih' && toks[end + 1]?.kind === 'word' ? end + 1 : end;
    const unitEnd = rateEnd(doc, quantityUnitEnd(doc, unitAt, amount));
    if (unitEnd > unitAt) {
      kind = 'quantity';
      const first = toks[unitAt] as Token;
      const written = spanText(doc, unitAt, unitEnd);
      unit = UNIT_PATTERN.test(first.text) || capitalInside(first.text) ? written : written.toLowerCase();
      if (unit === 'ha') unit = 'hektare';
      end = unitEnd;
    }
  }
  if (!kind) return null;
  const span: FigureSpan = { from, to: end, text: spanText(doc, from, end), kind, value: amount.value, unit };
  if (high) span.valueTo = high.value;
  return span;
}
