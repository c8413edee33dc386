/** What a token is made of. */
export type TokenKind = 'word' | 'number' | 'punct';

/** One token of the text, with its exact offsets. */
export interface Token {
  /** Index of the token's first code unit in the text. */
  start: number;
  /** Index one past the token's last code unit. */
  end: number;
  /** The token as written. */
  text: string;
  /** The token lower-cased, for gazetteer look-ups. */
  lower: string;
  /** Word (letters, may contain digits), number (digits with inner separators) or a single punctuation mark. */
  kind: TokenKind;
  /** Word whose first letter is a capital ("Agus", "SU7", "BYD"). */
  cap: boolean;
  /** Word of two or more letters, all capitals ("BYD", "OJK"). */
  allCaps: boolean;
  /** A line break separates this token from the one before. */
  lineBefore: boolean;
}

/*
 * Each alternative needs a separator character before it repeats, so the engine never has two ways to split
 * the same run: matching stays linear even on a megabyte of one letter or one digit.
 */
const TOKEN = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*|\S/gu;
const UPPER = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const NUMBER_START = /^\p{N}/u;
const LETTER_START = /^\p{L}/u;

/** Splits text into words, numbers and punctuation marks, keeping offsets into `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let last = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let word = m[0];
    const start = m.index;
    // "Rp3,5": the currency sign and the amount are two tokens even when written together.
    if (
      word.length > 2 &&
      (word[0] === 'R' || word[0] === 'r') &&
      (word[1] === 'p' || word[1] === 'P') &&
      isDigit(word.charCodeAt(2))
    ) {
      word = word.slice(0, 2);
      TOKEN.lastIndex = start + 2;
    }
    const kind = kindOf(word);
    const cap = kind === 'word' && UPPER.test(word);
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      lower: word.toLowerCase(),
      kind,
      cap,
      allCaps: cap && word.length > 1 && !LOWER.test(word),
      lineBefore: hasLineBreak(text, last, start),
    });
    last = start + word.length;
  }
  return tokens;
}

/** The first character decides: the pattern only lets words start with a letter and numbers with a digit. */
function kindOf(word: string): TokenKind {
  const c = word.charCodeAt(0);
  if (isDigit(c)) return 'number';
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 'word';
  if (c < 128) return 'punct';
  return NUMBER_START.test(word) ? 'number' : LETTER_START.test(word) ? 'word' : 'punct';
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}
