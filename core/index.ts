import { extractFacts } from './extract';
import type { Extraction } from './types';

export type * from './types';

/** Finds the people, organisations, places, figures, quotes and dates in an article's text. */
export function extract(text: string): Extraction {
  return extractFacts(text);
}
