import type { Extraction, Mention } from '../core/types';
import type { TaskBudget } from './yield';

/** Texts longer than this are extracted paragraph-aligned chunk by chunk, yielding between chunks. */
export const CHUNK_CHARS = 12_000;

/** Splits `text` into pieces of at most `size` characters, cutting after a line break, else a sentence, else a space. */
export function chunkBounds(text: string, size = CHUNK_CHARS): number[] {
  const bounds = [0];
  let at = 0;
  while (text.length - at > size) {
    const window = text.slice(at, at + size);
    const cut = [window.lastIndexOf('\n'), window.lastIndexOf('. '), window.lastIndexOf(' ')].find((i) => i > size / 2);
    at += cut === undefined ? size : cut + 1;
    bounds.push(at);
  }
  bounds.push(text.length);
  return bounds;
}

type Named = { id: string; name?: string; text?: string; mentions: Mention[] };

/** Adds `shift` to every offset and renames ids so entities from different chunks never share one. */
function shifted<T extends Named>(list: T[], shift: number, chunk: number): T[] {
  return list.map((item) => ({
    ...item,
    id: `${item.id}.${chunk}`,
    mentions: item.mentions.map((m) => ({ start: m.start + shift, end: m.end + shift })),
  }));
}

/** Merges entities with the same name found in different chunks (their mentions join, the first keeps its facts). */
function mergeByName<T extends Named>(list: T[]): T[] {
  const byName = new Map<string, T>();
  const out: T[] = [];
  for (const item of list) {
    const key = item.name ?? `${item.id}`;
    const seen = byName.get(key);
    if (seen) seen.mentions.push(...item.mentions);
    else {
      byName.set(key, item);
      out.push(item);
    }
  }
  return out;
}

/**
 * Runs `extract` over a long text in chunks, yielding to the page between them so no task grows long; a short text
 * is extracted in one call, exactly like the CLI does. Offsets in the result index into the whole text.
 */
export async function extractInChunks(
  text: string,
  extract: (text: string) => Extraction,
  budget: TaskBudget,
  size = CHUNK_CHARS,
): Promise<Extraction> {
  if (text.length <= size) return extract(text);
  const bounds = chunkBounds(text, size);
  const all: Extraction = { persons: [], organizations: [], places: [], figures: [], quotes: [], dates: [] };
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i] as number;
    const part = extract(text.slice(start, bounds[i + 1]));
    all.persons.push(...shifted(part.persons, start, i));
    all.organizations.push(...shifted(part.organizations, start, i));
    all.places.push(...shifted(part.places, start, i));
    all.figures.push(...shifted(part.figures, start, i));
    all.quotes.push(...shifted(part.quotes, start, i));
    all.dates.push(...shifted(part.dates, start, i));
    await budget.check();
  }
  return {
    ...all,
    persons: mergeByName(all.persons),
    organizations: mergeByName(all.organizations),
    places: mergeByName(all.places),
  };
}
