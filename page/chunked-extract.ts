import type { DateFact, Extraction, Figure, Mention, Organization, Person, Place, Quote } from '../core/types';
import type { TaskBudget } from './yield';

/** Texts up to this length (any real article) are extracted in one call, exactly as the CLI does. */
export const SINGLE_CALL_CHARS = 30_000;
/** Longer texts are extracted in paragraph-aligned chunks of about this size, yielding between chunks. */
export const CHUNK_CHARS = 4_000;

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

/** Entities of one kind gathered chunk by chunk; the same name found again only adds mentions. */
class Merged<T extends Named> {
  readonly list: T[] = [];
  private readonly byName = new Map<string, T>();

  add(items: T[]): void {
    for (const item of items) {
      const seen = item.name === undefined ? undefined : this.byName.get(item.name);
      if (seen) seen.mentions.push(...item.mentions);
      else {
        if (item.name !== undefined) this.byName.set(item.name, item);
        this.list.push(item);
      }
    }
  }
}

/**
 * Runs `extract` over a long text in chunks, yielding to the page between them so no task grows long; a short text
 * is extracted in one call, exactly like the CLI does. Offsets in the result index into the whole text; people,
 * organisations and places with the same name in several chunks become one entity (the first keeps its facts).
 */
export async function extractInChunks(
  text: string,
  extract: (text: string) => Extraction,
  budget: TaskBudget,
  size = CHUNK_CHARS,
): Promise<Extraction> {
  if (text.length <= SINGLE_CALL_CHARS) return extract(text);
  const bounds = chunkBounds(text, size);
  const [persons, organizations, places] = [new Merged<Person>(), new Merged<Organization>(), new Merged<Place>()];
  const figures: Figure[] = [];
  const quotes: Quote[] = [];
  const dates: DateFact[] = [];
  // The first chunk runs the engine cold (compiling it as it goes, several times the cost of a warm chunk): it gets a
  // task of its own. Each later one is expected to cost what the last did per character, and yields first if that
  // would overrun the task's budget, so no chunk makes a long task of what ran before it.
  let msPerChar = Number.POSITIVE_INFINITY;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i] as number;
    const end = bounds[i + 1] as number;
    await budget.check(msPerChar * (end - start));
    const began = performance.now();
    const part = extract(text.slice(start, end));
    msPerChar = (performance.now() - began) / (end - start);
    persons.add(shifted(part.persons, start, i));
    organizations.add(shifted(part.organizations, start, i));
    places.add(shifted(part.places, start, i));
    figures.push(...shifted(part.figures, start, i));
    quotes.push(...shifted(part.quotes, start, i));
    dates.push(...shifted(part.dates, start, i));
  }
  return { persons: persons.list, organizations: organizations.list, places: places.list, figures, quotes, dates };
}
