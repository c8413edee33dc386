import { sentenceIds } from './sentences';
import { type Tokens, tokenize } from './tokenize';

/** The text under analysis with its tokens, shared by all recognisers. */
export interface Doc extends Tokens {
  /** The text given to `extract()`. */
  text: string;
  /** Sentence number of each token. */
  sentence: Int32Array;
  /** Non-zero for tokens a recogniser has already claimed, so later recognisers leave them alone. */
  taken: Uint8Array;
  /** Non-zero for tokens on a line written in Title Case (a headline), where capitals say nothing about names. */
  headline: Uint8Array;
  /** Lower-cased texts of the tokens written without a capital (words the text also writes in lower case). */
  uncapitalised: Set<string>;
}

/** Tokenises and splits `text` into sentences. */
export function analyse(text: string): Doc {
  const uncapitalised = new Set<string>();
  const tokens = tokenize(text, uncapitalised);
  return {
    text,
    ...tokens,
    sentence: sentenceIds(tokens),
    taken: new Uint8Array(tokens.tokens.length),
    headline: headlines(tokens),
    uncapitalised,
  };
}

/** Marks the tokens of lines that do not end like a sentence and where most longer words are capitalised. */
function headlines({ tokens, lineBefore }: Tokens): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  let lineStart = 0;
  let words = 0;
  let caps = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (!t || (lineBefore[i] && i > 0)) {
      const last = tokens[i - 1];
      const unfinished = last !== undefined && last.text !== '.' && last.text !== '”' && last.text !== '"';
      if (unfinished && words >= 3 && caps >= 0.6 * words) marks.fill(1, lineStart, i);
      lineStart = i;
      words = caps = 0;
    }
    if (t && t.kind === 'word' && t.text.length > 3) {
      words++;
      if (t.cap) caps++;
    }
  }
  return marks;
}

/** Marks tokens [from, to) as claimed. */
export function take(doc: Doc, from: number, to: number): void {
  // A loop, not fill(): spans are a few tokens, and the builtin's call cost more than the stores.
  for (let i = from; i < to; i++) doc.taken[i] = 1;
}

/** True when no token in [from, to) is claimed yet. */
export function free(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (doc.taken[i]) return false;
  return true;
}

/** The text from the start of token `from` to the end of token `to - 1`. */
export function spanText(doc: Doc, from: number, to: number): string {
  return doc.text.slice(doc.start[from], doc.end[to - 1]);
}

/** True when token `i` exists and is the punctuation mark `mark`. */
export function isMark(doc: Doc, i: number, mark: string): boolean {
  const t = doc.tokens[i];
  return t !== undefined && t.kind === 'punct' && t.text === mark;
}

/** True when tokens i and i + 1 touch (no space between them). */
export function touching(doc: Doc, i: number): boolean {
  return i + 1 < doc.tokens.length && doc.end[i] === doc.start[i + 1];
}

/** Groups items by the sentence of their first token. */
export function bySentence<T extends { from: number }>(doc: Doc, items: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const s = doc.sentence[item.from] as number;
    const list = map.get(s);
    if (list) list.push(item);
    else map.set(s, [item]);
  }
  return map;
}
