import { loadDictionaries, lookup, ORGS, PLACE_NAMES, TITLE_NAMES } from '../../../core/dictionary';
import { COMMON, GIVEN } from '../../../core/lexicon';
import type { Token } from '../../../core/tokenize';

/** "Xx", "XX", "x", "d", "Xx-x": the token's letters and digits collapsed to their classes. */
function shape(text: string): string {
  let out = '';
  let last = '';
  for (const ch of text.slice(0, 12)) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** What the dictionaries say about each token: 1 place, 2 organisation, 3 title (first word of a phrase). */
export function dictionaryMarks(tokens: readonly Token[]): Uint8Array {
  // Filled by extract() too, but the baseline must not depend on whether extract() ran first.
  loadDictionaries();
  const marks = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const place = lookup(PLACE_NAMES, tokens, i);
    const org = lookup(ORGS, tokens, i);
    const title = lookup(TITLE_NAMES, tokens, i);
    if (place) marks.fill(1, i, place.end);
    if (org) marks.fill(2, i, org.end);
    if (title && !marks[i]) marks[i] = 3;
  }
  return marks;
}

/** The features of token `i` for the entity tagger, given the two tags before it. */
export function features(
  tokens: readonly Token[],
  marks: Uint8Array,
  i: number,
  prev: string,
  prev2: string,
): string[] {
  const t = tokens[i] as Token;
  const p = tokens[i - 1];
  const n = tokens[i + 1];
  const lower = t.lower;
  const f = [
    'b',
    `w=${lower}`,
    `s3=${lower.slice(-3)}`,
    `p3=${lower.slice(0, 3)}`,
    `sh=${shape(t.text)}`,
    `t1=${prev}`,
    `t12=${prev2}|${prev}`,
    `pw=${p?.lower ?? '<s>'}`,
    `nw=${n?.lower ?? '</s>'}`,
    `psh=${p ? shape(p.text) : '<s>'}`,
    `nsh=${n ? shape(n.text) : '</s>'}`,
    `d=${marks[i]}|${marks[i - 1] ?? 9}|${marks[i + 1] ?? 9}`,
    `t1sh=${prev}|${shape(t.text)}`,
  ];
  if (t.cap) f.push(`g=${GIVEN.has(lower) ? 1 : 0}${COMMON.has(lower) ? 1 : 0}${i === 0 ? 1 : 0}`);
  return f;
}
