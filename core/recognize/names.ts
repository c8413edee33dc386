import { lookup, ORGS, PLACE_NAMES, TITLE_NAMES } from '../dictionary';
import { type Doc, isMark, touching } from '../document';
import { RANKS } from '../gazetteer/titles';
import { COMMON, DAYS, GIVEN, HONORIFIC, MONTHS, NAME_PARTICLES, nameLike } from '../lexicon';
import type { Token } from '../tokenize';

/** A person's name by token range, honorifics before it excluded. */
export interface NameSpan {
  /** First token of the name. */
  from: number;
  /** One past its last token. */
  to: number;
  /** First token of the honorifics before it (equals `from` when none). */
  honorificFrom: number;
}

const MAX_NAME = 5;

/** Balinese and Sasak words that open a name ("I Gusti …", "Ni Luh …", "Lalu Muhammad …", "Baiq Nuril …"). */
export const OPENERS = new Set('I Ni Lalu Baiq'.split(' '));

/** A Sasak or Balinese opener with the name after it ("Lalu Muhamad …", "I Gusti …"; "Komisi I DPR" has none). */
export function openerAt(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  return !!t && OPENERS.has(t.text) && !!next?.cap && (t.text.length > 1 || GIVEN.has(next.lower));
}

/** Ranks and corps as written ("Mayjen", "Pol"). */
export const RANK = new Set(RANKS);
/** Corps and marks written after a rank ("Pol", "Inf", "Purn"): not ranks of their own. */
export const CORPS = new Set('Pol Purn Inf Kav Arm Czi Pnb'.split(' '));
/**
 * Forces named after a rank ("Mayjen TNI", "Kombes Polri", the navy's "Kolonel Laut"): part of the rank even when
 * read as an organisation.
 */
const FORCES = new Set(['TNI', 'Polri', 'Laut', 'Udara']);

/** A rank at `i` followed by more capitalised words: an office's field ends there ("Pangdam Jaya Mayjen TNI …"). */
export function rankAt(doc: Doc, i: number): boolean {
  return RANK.has(doc.tokens[i]?.text ?? '') && (doc.tokens[i + 1]?.cap ?? false);
}

/** Skips "Bapak", "Dr.", "Ir.", "H." … at `at`; returns the index after them. */
export function skipHonorifics(doc: Doc, at: number): number {
  // "Tan Sri Tony Fernandes": a Malaysian honour of two words.
  let i = /^(Tan|Puan)$/.test(doc.tokens[at]?.text ?? '') && doc.tokens[at + 1]?.text === 'Sri' ? at + 2 : at;
  // "Prof. dr. Ali Ghufron": after one honorific, the next may be written in lower case; a physician's "dr.", a
  // veterinarian's "drh." and a pharmacist's "apt." always are.
  for (
    let t = doc.tokens[i];
    t && (t.cap || i > at || /^(dr|drg|drh|apt)$/.test(t.text)) && HONORIFIC.has(t.lower) && !doc.taken[i];
    t = doc.tokens[i]
  ) {
    const next = doc.tokens[i + 1];
    if (!next) break;
    if (next.text === '.' && touching(doc, i)) {
      i += 2;
      // "Dr.-Ing. Matthias …": a hyphen glued to the period joins a second honorific.
      if (hyphenAt(doc, i)) i++;
    }
    // "Kolonel (Purn.) Dedi": a rank with no corps takes the retired mark right after it.
    else if (
      (t.text.length > 2 || t.text === 'Bu') &&
      (next.cap || (next.text === '(' && doc.tokens[i + 2]?.lower === 'purn'))
    )
      i += 1;
    else break;
    // "Laksamana Pertama TNI", "Marsekal Muda TNI": a flag officer's grade written out after the rank.
    if (/^(Laksamana|Marsekal)$/.test(t.text) && /^(Pertama|Muda|Madya)$/.test(doc.tokens[i]?.text ?? '')) i++;
    const force = FORCES.has(doc.tokens[i]?.text ?? '');
    if (RANK.has(t.text) && force && (doc.tokens[i + 1]?.cap || doc.tokens[i + 1]?.text === '(')) i++;
    // "Kolonel Laut (P)": a branch letter in parentheses after the force.
    if (
      force &&
      doc.tokens[i]?.text === '(' &&
      /^[A-Z]{1,3}$/.test(doc.tokens[i + 1]?.text ?? '') &&
      isMark(doc, i + 2, ')')
    )
      i += 3;
    // "Komjen Pol. (Purn.)": the retired mark sits between rank and name.
    if (doc.tokens[i]?.text === '(' && doc.tokens[i + 1]?.lower === 'purn') {
      let k = i + 2;
      if (doc.tokens[k]?.text === '.') k++;
      if (doc.tokens[k]?.text === ')') i = k + 1;
    }
  }
  return i;
}

/**
 * "M.Sc.,", "S.E.,", "Ph.D.,", "MBA,", "MT,": degrees, short capitalised parts each glued to a period or written whole, then
 * a comma; the index after it, or -1.
 */
export function degreeEnd(doc: Doc, at: number): number {
  const toks = doc.tokens;
  let k = at;
  for (let t = toks[k]; t?.cap; t = toks[k]) {
    if (/^(MBA|MM|MT|MH|MSi|MSc|PhD|CFA|CA)$/.test(t.text)) k++;
    else if (t.text.length < 5 && isMark(doc, k + 1, '.') && touching(doc, k)) k += 2;
    else break;
  }
  return k > at && isMark(doc, k, ',') ? k + 1 : -1;
}

/** A single capital (or two or three: "SA") standing for a name part, with its period when written. */
function initialEnd(doc: Doc, i: number): number {
  const t = doc.tokens[i] as Token;
  if (!t.cap || t.text.length > 3 || !t.allCaps || t.text === 'RI') {
    if (t.cap && t.text.length === 1) return isMark(doc, i + 1, '.') ? i + 2 : i + 1;
    return -1;
  }
  return isMark(doc, i + 1, '.') && touching(doc, i) ? i + 2 : i + 1;
}

/**
 * Reads a name at `at` (after honorifics). `strict` (no title or honorific announces a name) wants the first word
 * to read as a name, not an everyday word; otherwise any capitalised word that is not a month, place or title will do.
 */
export function readName(doc: Doc, at: number, strict: boolean): NameSpan | null {
  const start = skipHonorifics(doc, at);
  const toks = doc.tokens;
  // "Swiss-Belhotel": the word after a hyphen is the end of a compound, no name's start; "KPP Pratama Bekasi Utara,":
  // a compass word after a capitalised word, neither an everyday word nor a title ("Kapolri Timur Pradopo"), ends a
  // place.
  const prev = toks[start - 1];
  if (
    hyphenAt(doc, start - 1) ||
    // "Hendra Saputra Datuak Rajo Nan": the adat title the name before it ended at opens no name of its own.
    (/^Datua?k$/.test(toks[start]?.text ?? '') && prev?.cap) ||
    (/^(Barat|Timur|Utara|Selatan|Tengah|Tenggara|Daya|Laut)$/.test(toks[start]?.text ?? '') &&
      prev?.cap &&
      !COMMON.has(prev.lower) &&
      !lookup(TITLE_NAMES, toks, start - 1))
  )
    return null;
  // "Raja Ampat bukan …": a place of two or more words is no untitled name, though its first word is a given name.
  if (strict && start === at && (lookup(PLACE_NAMES, toks, start)?.end ?? 0) > start + 1) return null;
  // "Ratih …, MBA, menilai", "Bupati X Darmawan …, S.H.,": degrees after a name's comma are no name.
  if (isMark(doc, start - 1, ',') && degreeEnd(doc, start) > 0) return null;
  let i = start;
  let words = 0;
  // "I Gusti Ayu Putu Sri Handayani": the Balinese "I" and "Ni" open a name without counting as one of its words.
  const opener = OPENERS.has(toks[start]?.text ?? '');
  const most = opener ? MAX_NAME + 1 : MAX_NAME;
  let compound = false;
  while (i < toks.length && words < most) {
    const t = toks[i] as Token;
    if (doc.taken[i] || (doc.lineBefore[i] && i > start)) break;
    if (t.kind !== 'word') break;
    // "Hendra Saputra Datuak Rajo Nan Putiah": a Minang adat title after the name is no part of it.
    if (words > 0 && /^Datua?k$/.test(t.text)) break;
    if (!t.cap) {
      // "Pieter van der Heijden": one or two particles between words of a name.
      const k = NAME_PARTICLES.has(toks[i + 1]?.lower ?? '') ? i + 2 : i + 1;
      if (words > 0 && NAME_PARTICLES.has(t.lower) && toks[k]?.cap && !doc.taken[k]) {
        i = k;
        continue;
      }
      break;
    }
    // "F. Eko Sulistyo": a first initial with its period opens a name even where a name must look like one.
    if (
      words > 0 ||
      !strict ||
      (t.text.length === 1 && isMark(doc, i + 1, '.') && (toks[i + 2]?.text.length ?? 0) > 2)
    ) {
      const init = initialEnd(doc, i);
      // An initial inside a name ("Eko SA Cahyanto"), or closing it before a comma ("Handi Irawan D.,").
      if (init > 0 && (toks[init]?.cap || (words > 0 && init > i + 1 && toks[init]?.text === ','))) {
        i = init;
        words++;
        continue;
      }
    }
    // "Putu Juli Ardika": a month's name inside a name, between two of its words; after a comma it may open one
    // ("Managing Director EKONID, Jan Rönnfeld,").
    const month =
      (words > 0 || isMark(doc, i - 1, ',')) &&
      MONTHS.has(t.lower) &&
      doc.tokens[i + 1]?.cap &&
      doc.tokens[i + 1]?.kind === 'word';
    // "Lalu Muhamad Iqbal": an opener with its name after it starts a name even where names must look like names,
    // but not at a sentence's start ("Lalu Budi mengatakan …" is "Then Budi said …"); an honorific's period ("H. Lalu
    // Ahmad …") ends no sentence.
    const before = toks[i - 1];
    const opens =
      words === 0 &&
      openerAt(doc, i) &&
      !(strict && start === at && (!before || doc.lineBefore[i] || /^[.!?"“”]$/.test(before.text)));
    if (!month && !opens && !namePart(doc, i, words === 0 && strict)) break;
    i++;
    words++;
    // "Moh. Rizal …", "Abd. Rahman …": short forms of Muhammad and Abdul keep their period inside a name.
    if (/^(M[ou]c?h|Mhd|Abd)$/.test(t.text) && isMark(doc, i, '.') && toks[i + 1]?.cap) i++;
    // "Keller-Brandt", "Park Ji-hoon": a hyphen inside a word of the name joins it; a Korean given name's second
    // syllable is written in lower case ("-nya" and other clitics are no syllable).
    const part = hyphenAt(doc, i) ? (toks[i + 1] as Token) : null;
    if (part?.cap ? namePart(doc, i + 1, false) : words > 1 && part && !/^(nya|ku|mu|lah|kah|pun)$/.test(part.text)) {
      // An untitled name that starts with a compound ("Swiss-Belhotel", "Coca-Cola") may say nothing of a person;
      // an honorific announces one ("Dr. Anne-Marie Siswoyo"), and so does a comma before it, as after a post
      // ("Head of Sourcing PT X, Anne-Laure Vuilleumier,").
      compound ||= strict && words === 1 && start === at && !isMark(doc, at - 1, ',');
      i += 2;
    }
  }
  // An untitled compound name stands before a comma and a post in lower case ("Anne-Marie Siswoyo, pengamat …").
  if (compound && !(isMark(doc, i, ',') && !toks[i + 1]?.cap && TITLE_NAMES.starts(`${toks[i + 1]?.lower}`)))
    return null;
  // "Komandan Lantamal V, …": a lone capital with no period is a unit's numeral, no name; "Korea Chamber of
  // Commerce": words before "of" name a body.
  return words > 0 && (i > start + 1 || (toks[start] as Token).text.length > 1) && toks[i]?.text !== 'of'
    ? { from: start, to: i, honorificFrom: at }
    : null;
}

/** A hyphen written inside a word ("Keller-Brandt", "Merak-Bakauheni"), with no space on either side. */
export function hyphenAt(doc: Doc, i: number): boolean {
  return isMark(doc, i, '-') && touching(doc, i - 1) && touching(doc, i) && doc.tokens[i + 1]?.kind === 'word';
}

function namePart(doc: Doc, i: number, first: boolean): boolean {
  const t = doc.tokens[i] as Token;
  // "Komisi VI meminta": a Roman numeral is a number, not a name.
  // "Ketua MPR RI Ahmad Muzani": "RI" is the Republic, never a name; "RS", "UD", "CV" mark a hospital or a firm.
  if (MONTHS.has(t.lower) || DAYS.has(t.lower) || /^([IVX]{2,}|R[IS]|UD|CV)$/.test(t.text)) return false;
  if (t.allCaps && t.text.length > 3) return false;
  // "seperti ParagonCorp, pemilik Wardah": a capital inside a word writes a brand ("McKinsey", "MacArthur" aside);
  // no untitled name starts with one.
  if (first && /^(?!Ma?c)[A-Z][a-z]+[A-Z]/.test(t.text)) return false;
  if (!GIVEN.has(t.lower)) {
    if (lookup(PLACE_NAMES, doc.tokens, i) || lookup(ORGS, doc.tokens, i) || lookup(TITLE_NAMES, doc.tokens, i))
      return false;
    if (!nameLike(t.lower) && (first || !t.cap)) return false;
  }
  return true;
}
