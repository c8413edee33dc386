import type { NoteTarget } from './schema';

/** FNV-1a over UTF-16 code units, 52 bits, base 36: short, stable, storage-key-safe. */
function hash(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xfffffffffffffn;
  }
  return h.toString(36);
}

/**
 * The id of a new note. An article, an entity and the general note each have one note, so its id derives from
 * the target: two windows writing "the note on Airlangga" at once write the same record, not two rivals.
 * Passages can carry many notes, so theirs is random.
 */
export function noteIdFor(target: NoteTarget, random: () => string = () => crypto.randomUUID()): string {
  switch (target.kind) {
    case 'article':
      return `a-${hash(target.url)}`;
    case 'entity':
      return `e-${hash(target.key)}`;
    case 'general':
      return 'g-general';
    case 'passage':
      return `p-${random()}`;
  }
}

/** Storage-safe key part for an article URL (used by the seen-entities records). */
export function urlId(url: string): string {
  return hash(url);
}
