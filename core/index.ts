import { loadDictionaries } from './dictionary';
import { extractFacts } from './extract';
import type { Extraction } from './types';

export type * from './types';

/** Finds the people, organisations, places, figures, quotes and dates in an article's text. */
export function extract(text: string): Extraction {
  loadDictionaries();
  return extractFacts(text);
}

/** Builds the engine's word lists now instead of at the first `extract`. */
export const prepare = loadDictionaries;
