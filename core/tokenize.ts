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

/** Splits text into words, numbers and punctuation marks, keeping offsets into `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let last = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const word = m[0];
    const start = m.index;
    const first = word.charCodeAt(0);
    const isDigit = first >= 48 && first <= 57;
    const kind: TokenKind =
      isDigit || /^\p{N}/u.test(word) ? 'number' : word.length > 1 || /\p{L}/u.test(word) ? 'word' : 'punct';
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

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}
