import type { Token, Tokens } from '../tokenize';
import { DIGIT_WORDS, MONEY_SCALE_LETTERS, SCALES, SMALL_MULTIPLIERS } from './number-words';
import { parseNumeral } from './parse-numeral';

/** A number read from tokens. */
export interface Amount {
  /** Its value, scale words applied ("3 triliun" → 3e12). */
  value: number;
  /** One past its last token. */
  end: number;
  /** Written with digits (not "delapan"). */
  digits: boolean;
  /** The product of its scale words (1 when none). */
  scale: number;
}

/**
 * Reads a numeral or number words at `at`, then any scale words ("juta", "miliar"). After "Rp" (`money`), a capital
 * M or T also scales ("Rp 1,2 T" = 1,2 triliun); elsewhere those letters are metres, model names, or (after US$)
 * the English million.
 */
export function readAmount(toks: Tokens, at: number, money = false): Amount | null {
  const tokens = toks.tokens;
  const t = tokens[at];
  if (!t) return null;
  let value: number;
  let end: number;
  let digits = false;
  if (t.kind === 'number') {
    // Leading zeros or long digit runs are codes and phone numbers, not amounts.
    if ((t.text.length > 1 && t.text[0] === '0' && t.text[1] !== ',' && t.text[1] !== '.') || t.text.length > 18) {
      return null;
    }
    value = parseNumeral(t.text);
    if (Number.isNaN(value)) return null;
    end = at + 1;
    digits = true;
    // "270-an gerai" is about 270; "1990-an" is a decade, never an amount.
    const dash = tokens[end];
    const an = tokens[end + 1];
    if (
      dash?.text === '-' &&
      toks.start[end] === toks.end[at] &&
      an?.lower === 'an' &&
      toks.start[end + 1] === toks.end[end]
    ) {
      if (/^(19|20)\d\d$/.test(t.text)) return null;
      end += 2;
    }
  } else {
    const words = readWords(tokens, at);
    if (!words) return null;
    ({ value, end } = words);
  }
  let scale = 1;
  for (let s = tokens[end]; s && SCALES.has(s.lower); s = tokens[end]) {
    scale *= SCALES.get(s.lower) as number;
    end++;
  }
  const letter = money && scale === 1 ? MONEY_SCALE_LETTERS.get(tokens[end]?.text ?? '') : undefined;
  if (letter !== undefined) {
    scale = letter;
    end++;
  }
  return { value: scaled(value, scale), end, digits, scale };
}

/** "dua ratus lima puluh" → 250, "satu setengah" → 1.5, "setengah" → 0.5. */
function readWords(tokens: readonly Token[], at: number): { value: number; end: number } | null {
  let sum = 0;
  let last = 0;
  let end = at;
  for (let t = tokens[end]; t && t.kind === 'word'; t = tokens[++end]) {
    const d = DIGIT_WORDS.get(t.lower);
    const m = SMALL_MULTIPLIERS.get(t.lower);
    if (d !== undefined) {
      sum += last;
      last = d;
    } else if (m !== undefined && end > at) {
      last = t.lower === 'belas' ? last + 10 : last * m;
    } else break;
  }
  return end > at ? { value: sum + last, end } : null;
}

/** `value` times `scale` as written: "8,2 triliun" is 8.2e12, not the binary product 8199999999999.999. */
export function scaled(value: number, scale: number): number {
  const product = value * scale;
  // A whole product under 1e15 is already as written (15 digits print it exactly): most are, and printing is slow.
  return scale === 1 || (product > 0 && product < 1e15 && product % 1 === 0)
    ? product
    : Number(product.toPrecision(15));
}
