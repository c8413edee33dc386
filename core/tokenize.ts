/** What a token is made of. */
export type TokenKind = 'word' | 'number' | 'punct';

/** One token of the text, with its exact offsets. */
export interface Token {
  /** Index of the token's first code unit in the text. */
  readonly start: number;
  /** Index one past the token's last code unit. */
  readonly end: number;
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
  /** A line break separates this token from the one before. */
  readonly lineBefore: boolean;
}

const F_NUMBER = 1;
const F_PUNCT = 2;
const F_CAP = 4;
const F_ALL_CAPS = 8;

/**
 * A token is its start and a Word shared by every token with the same text (its strings, kind and case): a
 * megabyte of text makes a quarter million tokens that live through the whole extraction, and the garbage
 * collector copies every one as it promotes them, so each field saved is time saved on long texts. The only
 * thing a token has of its own besides its start, a line break before it, is the sign of `at` (~start).
 */
class PackedToken implements Token {
  constructor(
    /** start, or ~start when a line break comes before the token. */
    private readonly at: number,
    private readonly word: Word,
  ) {}

  get start(): number {
    return this.at < 0 ? ~this.at : this.at;
  }

  get end(): number {
    return this.start + this.word.text.length;
  }

  get text(): string {
    return this.word.text;
  }

  get lower(): string {
    return this.word.lower;
  }

  get kind(): TokenKind {
    const flags = this.word.flags;
    return flags & F_NUMBER ? 'number' : flags & F_PUNCT ? 'punct' : 'word';
  }

  get cap(): boolean {
    return (this.word.flags & F_CAP) !== 0;
  }

  get allCaps(): boolean {
    return (this.word.flags & F_ALL_CAPS) !== 0;
  }

  get lineBefore(): boolean {
    return this.at < 0;
  }
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
export function tokenize(text: string, uncapitalised?: Set<string>): Token[] {
  const tokens: Token[] = [];
  // Each distinct word is read once and its strings shared: a megabyte of news has a few thousand distinct words
  // in a quarter million tokens, and sharing keeps what the garbage collector must copy small.
  const words = new Map<string, Word>();
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
    const at = lineBefore ? ~start : start;
    lineBefore = false;
    // Numbers and marks repeat too ("2025", ","): shared like words (a text's first character fixes its kind).
    let flags = F_PUNCT;
    if (k === LETTER) {
      flags = 0;
      i = wordEnd(text, i + width(text, i));
      // "Rp3,5": the currency sign and the amount are two tokens even when written together.
      if (i - start > 2 && (c === 82 || c === 114) && (text.charCodeAt(start + 1) | 32) === 112) {
        const d = text.charCodeAt(start + 2);
        if (d >= 48 && d <= 57) i = start + 2;
      }
    } else if (k === DIGIT) {
      flags = F_NUMBER;
      i = numberEnd(text, i + width(text, i));
    } else {
      i += width(text, i);
    }
    const slice = text.slice(start, i);
    let word = words.get(slice);
    if (!word) {
      word = flags ? { text: slice, lower: slice, flags } : wordOf(slice, c);
      words.set(slice, word);
      if (!(word.flags & F_CAP)) uncapitalised?.add(word.lower);
    }
    tokens.push(new PackedToken(at, word));
  }
  return tokens;
}

/** A distinct token text: its strings and case flags, shared by all its tokens. */
interface Word {
  /** As written. */
  text: string;
  /** Lower-cased. */
  lower: string;
  /** F_NUMBER or F_PUNCT, or for words F_CAP and F_ALL_CAPS. */
  flags: number;
}

/** Reads a word starting with the UTF-16 unit `c`. */
function wordOf(word: string, c: number): Word {
  let flags = 0;
  if (c >= 65 && c <= 90 ? true : c < 128 ? false : UPPER.test(word)) {
    flags |= F_CAP;
    if (word.length > 1 && !hasLower(word)) flags |= F_ALL_CAPS;
  }
  return { text: word, lower: word.toLowerCase(), flags };
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
