import type { Token, Tokens } from './tokenize';

/** Abbreviations whose period does not end a sentence (lower-cased). */
const ABBREVIATIONS = new Set(
  'dr prof ir h hj drs dra st no co ltd inc corp jl mr mrs ms kh sdr tbk pt cv plt plh vs sen'.split(' '),
);

/**
 * Numbers every token with its sentence: a new sentence starts after ".", "!" or "?" (and any closing quotes)
 * when a capital, a digit or an opening quote follows, and at every line break.
 */
export function sentenceIds({ tokens, start, end, lineBefore }: Tokens): Int32Array {
  const ids = new Int32Array(tokens.length);
  let id = 0;
  let pendingEnd = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (i > 0 && (lineBefore[i] || (pendingEnd && startsSentence(t)))) id++;
    ids[i] = id;
    if (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?')) {
      pendingEnd = !(t.text === '.' && i > 0 && end[i - 1] === start[i] && isAbbreviation(tokens[i - 1] as Token));
    } else if (!(pendingEnd && isClosingQuote(t.text))) {
      pendingEnd = false;
    }
  }
  return ids;
}

function startsSentence(t: Token): boolean {
  return t.cap || t.kind === 'number' || t.text === '“' || t.text === '"';
}

function isClosingQuote(s: string): boolean {
  return s === '”' || s === '"' || s === '’' || s === ')';
}

/** "Dr." and "A." (an initial) keep the sentence going when the period touches the word. */
function isAbbreviation(prev: Token): boolean {
  if (prev.kind !== 'word') return false;
  return ABBREVIATIONS.has(prev.lower) || (prev.text.length === 1 && prev.cap);
}
