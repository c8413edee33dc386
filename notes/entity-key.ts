/**
 * Entity notes follow a person or organisation from article to article, so they are keyed by a normalised name
 * rather than the per-extraction id ("p1"), which means nothing outside one page.
 */

/** The two kinds of entity a note can follow; officials are people. */
export type EntityKind = 'person' | 'organization';

/** "person:agus gumiwang kartasasmita": kind plus the name lower-cased, without accents or extra spaces. */
export function entityKey(kind: EntityKind, name: string): string {
  const normalised = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return `${kind}:${normalised}`;
}
