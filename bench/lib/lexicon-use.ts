/**
 * Which everyday words the engine looks up on our texts, for build-lexicon.ts. An everyday word matters only where a
 * rule asks `COMMON.has()` of it, mostly a capitalised word that might open or continue a name. The affixed forms
 * NERGrit gives us (verbs in me-/ber-/ter-/di-, nouns in pe-…-an/ke-…-an, words with the clitic -nya) open a
 * sentence but rarely stand where a name is read: 391 of the 1,745 words were never asked about in our 188 dev
 * articles, the html pages and NERGrit's 1,881 train and valid sentences, and cost 1 KB of the content script's budget.
 */
import { readArticle } from '../../cli/read-article';
import { extract } from '../../core/index';
import { COMMON } from '../../core/lexicon';
import { extractSpans, readConll } from './nergrit';

/**
 * Affixed shapes: the prefixes titles.ts reads as verbs, the derived nouns organizations.ts's `everyday()` knows by
 * shape, and a word of three letters or more before "-nya".
 */
export const AFFIXED = /^(me|ber|ter|di)|^(pe[nmr]?|ke)\p{L}{4,}an$|\p{L}{3}nya$/u;

/** The words of `words` that `COMMON.has()` finds while the engine, with `words` as its lexicon, reads the texts. */
export async function wordsLookedUp(
  words: ReadonlySet<string>,
  articles: readonly string[],
  conll: readonly string[],
): Promise<Set<string>> {
  COMMON.clear();
  for (const w of words) COMMON.add(w);
  const found = new Set<string>();
  const has = COMMON.has.bind(COMMON);
  // This script's own copy of the engine: nothing else runs after it.
  COMMON.has = (w) => {
    if (!has(w)) return false;
    found.add(w);
    return true;
  };
  for (const file of articles) extract(await readArticle(file));
  for (const file of conll) for (const s of readConll(file) ?? []) extractSpans(s.words, extract);
  return found;
}
