/** What a token is made of. */
export type TokenKind = 'word' | 'number' | 'punct';

/**
 * A token's text and case, one object shared by every token with the same text: its offsets are in `Tokens`. A
 * megabyte of text makes a quarter million tokens that live through the whole extraction, and an object for each
 * (its start and a shared word, as before) cost the garbage collector about a seventh of a long extraction,
 * copying every one as it promoted them.
 */
export interface Token {
  /** The token as written. */
  readonly text: string;
  /** The token lower-cased, for gazetteer look-ups. */
  readonly lower: string;
  /** Word (letters, may contain digits), number (digits with inner separators) or a single punctuation mark. */
  readonly kind: TokenKind;
  /** Word whose first letter is a capital ("Agus", "SU7", "BYD"). */
  readonly cap: boolean;
  /** Word of two or more letters, all capitals ("BYD", "OJK"). */
  readonly allCaps: boolean;
}

/** A text's tokens and their offsets, by token index. */
export interface Tokens {
  /** The tokens, in order. */
  tokens: Token[];
  /** Index of each token's first code unit in the text. */
  start: Int32Array;
  /** Index one past each token's last code unit. */
  end: Int32Array;
  /** Non-zero where a line break separates a token from the one before. */
  lineBefore: Uint8Array;
}

/** Character classes, looked up once per distinct UTF-16 unit and cached. */
const LETTER = 1;
const MARK = 2;
const DIGIT = 3;
const SPACE = 4;
const OTHER = 5;
const classes = knownClasses();
const IS_LETTER = /\p{L}/u;
const IS_MARK = /\p{M}/u;
const IS_NUMBER = /\p{N}/u;
const IS_SPACE = /\s/u;
const UPPER = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * ASCII, Latin-1, Latin Extended A and B, combining accents and general punctuation filled in by arithmetic (the
 * same answers as the Unicode tests below): news text (“ ” ’ – é) then never compiles or runs a Unicode regex,
 * which cost a cold page load a few milliseconds.
 */
function knownClasses(): Uint8Array {
  const table = new Uint8Array(65536);
  for (let c = 0; c < 128; c++) {
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    const space = c === 32 || (c >= 9 && c <= 13);
    table[c] = letter ? LETTER : c >= 48 && c <= 57 ? DIGIT : space ? SPACE : OTHER;
  }
  // Latin-1: controls and signs, except the no-break space, ª µ º (letters), ² ³ ¹ ¼ ½ ¾ (numbers), × and ÷.
  table.fill(OTHER, 0x80, 0xc0);
  table[0xa0] = SPACE;
  for (const c of [0xaa, 0xb5, 0xba]) table[c] = LETTER;
  for (const c of [0xb2, 0xb3, 0xb9, 0xbc, 0xbd, 0xbe]) table[c] = DIGIT;
  table.fill(LETTER, 0xc0, 0x250);
  table[0xd7] = OTHER;
  table[0xf7] = OTHER;
  table.fill(MARK, 0x300, 0x370);
  // General punctuation: dashes, quotes, ellipsis, format controls; the spaces among them.
  table.fill(OTHER, 0x2000, 0x2070);
  table.fill(SPACE, 0x2000, 0x200b);
  for (const c of [0x2028, 0x2029, 0x202f, 0x205f]) table[c] = SPACE;
  return table;
}

/** Class of a UTF-16 unit that is not a lead surrogate. */
function classOfUnit(c: number): number {
  const k = classes[c] as number;
  if (k !== 0) return k;
  const found = classOfCodePoint(String.fromCharCode(c));
  classes[c] = found;
  return found;
}

function classOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return classOfCodePoint(text.slice(i, i + width(text, i)));
  return classOfUnit(c);
}

function classOfCodePoint(ch: string): number {
  if (IS_LETTER.test(ch)) return LETTER;
  if (IS_MARK.test(ch)) return MARK;
  if (IS_NUMBER.test(ch)) return DIGIT;
  if (IS_SPACE.test(ch)) return SPACE;
  return OTHER;
}

/** Length in UTF-16 units of the character at `i` (2 for a surrogate pair). */
function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/**
 * Splits text into words (a letter, then letters, marks and digits, with inner apostrophes), numbers (digits with
 * inner "." or ","), and single other characters, keeping offsets into `text`. One pass, no backtracking. The lower
 * case of every token text written without a capital goes into `uncapitalised`, read once per distinct text.
 */
export function tokenize(text: string, uncapitalised?: Set<string>): Tokens {
  const tokens: Token[] = [];
  // Sized for the worst case (every character a token) and cut to the count: typed arrays are not the collector's.
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  const lines = new Uint8Array(text.length);
  // Each distinct text is read once and its token shared: a megabyte of news has a few thousand distinct words in a
  // quarter million tokens.
  const words = new Map<string, Token>();
  const n = text.length;
  let i = 0;
  let lineBefore = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = classOf(text, i);
    if (k === SPACE) {
      if (c === 10 || c === 13) lineBefore = true;
      i++;
      continue;
    }
    const start = i;
    // Numbers and marks repeat too ("2025", ","): shared like words (a text's first character fixes its kind).
    let kind: TokenKind = 'punct';
    if (k === LETTER) {
      kind = 'word';
      i = wordEnd(text, i + width(text, i));
      // "Rp3,5": the currency sign and the amount are two tokens even when written together.
      if (i - start > 2 && (c === 82 || c === 114) && (text.charCodeAt(start + 1) | 32) === 112) {
        const d = text.charCodeAt(start + 2);
        if (d >= 48 && d <= 57) i = start + 2;
      }
    } else if (k === DIGIT) {
      kind = 'number';
      i = numberEnd(text, i + width(text, i));
    } else {
      i += width(text, i);
    }
    const slice = text.slice(start, i);
    let token = words.get(slice);
    if (!token) {
      token = kind === 'word' ? wordOf(slice, c) : { text: slice, lower: slice, kind, cap: false, allCaps: false };
      words.set(slice, token);
      if (!token.cap) uncapitalised?.add(token.lower);
    }
    const at = tokens.length;
    starts[at] = start;
    ends[at] = i;
    if (lineBefore) lines[at] = 1;
    lineBefore = false;
    tokens.push(token);
  }
  const count = tokens.length;
  return {
    tokens,
    start: starts.subarray(0, count),
    end: ends.subarray(0, count),
    lineBefore: lines.subarray(0, count),
  };
}

/** Reads a word starting with the UTF-16 unit `c`. */
function wordOf(word: string, c: number): Token {
  const cap = c >= 65 && c <= 90 ? true : c < 128 ? false : UPPER.test(word);
  const allCaps = cap && word.length > 1 && !hasLower(word);
  return { text: word, lower: word.toLowerCase(), kind: 'word', cap, allCaps };
}

const CAPITAL = /\p{Lu}/u;

/**
 * A capital letter after the first character ("GWh", "McKinsey"), read by character codes while they are ASCII: a
 * Unicode property pattern costs a cold page its compilation.
 */
export function capitalInside(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c >= 128) return CAPITAL.test(text.slice(i));
  }
  return false;
}

function hasLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return LOWER.test(word);
  }
  return false;
}

function wordEnd(text: string, from: number): number {
  let i = from;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = c < 0xd800 ? classOfUnit(c) : classOf(text, i);
    if (k === LETTER || k === MARK || k === DIGIT) {
      i += c < 0xd800 ? 1 : width(text, i);
      continue;
    }
    if ((c === 39 || c === 0x2019) && i + 1 < n) {
      const next = classOf(text, i + 1);
      if (next === LETTER || next === MARK || next === DIGIT) {
        i++;
        continue;
      }
    }
    break;
  }
  return i;
}

function numberEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    if (classOf(text, i) === DIGIT) {
      i += width(text, i);
      continue;
    }
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 44) && i + 1 < text.length && classOf(text, i + 1) === DIGIT) {
      i++;
      continue;
    }
    break;
  }
  return i;
}
