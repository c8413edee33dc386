import { approxSearch } from './fuzzy';
import type { TextPosition, TextQuote } from './schema';

/** How much context a TextQuoteSelector keeps on each side (Hypothesis uses 32 too). */
const CONTEXT = 32;
/** Share of the passage that may have changed and still count as the same passage. */
const FUZZ = 0.25;

/** The W3C selectors for `text.slice(start, end)`. */
export function describePassage(
  text: string,
  start: number,
  end: number,
): { quote: TextQuote; position: TextPosition } {
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    },
    position: { start, end },
  };
}

/** Where a passage is in the current text, and how it was found. */
export interface Anchor {
  /** Start offset in the current text. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** 'position' unchanged text, 'quote' exact text found elsewhere, 'fuzzy' text found with small edits. */
  how: 'position' | 'quote' | 'fuzzy';
}

/** Characters shared by `a`'s end and `b`'s end (or starts, when `fromStart`). */
function overlap(a: string, b: string, fromStart: boolean): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && (fromStart ? a[n] === b[n] : a[a.length - 1 - n] === b[b.length - 1 - n])) n++;
  return n;
}

/** Higher is better: context that still matches, closeness to the old position, fewer edits. */
function score(text: string, quote: TextQuote, oldStart: number, start: number, end: number, errors: number): number {
  const prefix = overlap(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix, false);
  const suffix = overlap(text.slice(end, end + quote.suffix.length), quote.suffix, true);
  const distance = Math.abs(start - oldStart) / Math.max(1, text.length);
  return prefix + suffix - errors * 2 - distance;
}

/**
 * Finds a passage again in a (possibly edited) article text: at its old position when the text there is
 * unchanged, else the exact quote with the best-matching context, else an approximate match. Null: orphaned.
 */
export function anchorPassage(text: string, quote: TextQuote, position: TextPosition): Anchor | null {
  if (text.slice(position.start, position.end) === quote.exact) return { ...position, how: 'position' };
  const exact: Array<{ start: number; end: number; errors: number }> = [];
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    exact.push({ start: at, end: at + quote.exact.length, errors: 0 });
  }
  const how = exact.length > 0 ? 'quote' : 'fuzzy';
  const candidates = exact.length > 0 ? exact : approxSearch(text, quote.exact, Math.floor(quote.exact.length * FUZZ));
  let best: Anchor | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const c of candidates) {
    const s = score(text, quote, position.start, c.start, c.end, c.errors);
    if (s > bestScore) {
      bestScore = s;
      best = { start: c.start, end: c.end, how };
    }
  }
  return best;
}
