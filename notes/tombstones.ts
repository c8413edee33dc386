import type { Note } from './schema';

// A deletion must travel through storage.sync like a note does, or the next sync round would copy the deleted
// note back from another browser's copy. Each deletion is a small record `deleted:<note id>` → when (ms).

/** Storage keys of deletion records start with this. */
export const TOMBSTONE_PREFIX = 'deleted:';

/** How long a deletion is remembered for the reader's other browsers to learn of it; later it is forgotten. */
export const TOMBSTONE_TTL_MS = 60 * 24 * 3600 * 1000;

/** Deletion times by note id. */
export type Tombstones = Map<string, number>;

/** The deletion records among storage items (storage.local or storage.sync). */
export function tombstonesIn(items: Record<string, unknown>): Tombstones {
  const found: Tombstones = new Map();
  for (const [key, at] of Object.entries(items)) {
    if (key.startsWith(TOMBSTONE_PREFIX) && typeof at === 'number') found.set(key.slice(TOMBSTONE_PREFIX.length), at);
  }
  return found;
}

/** Both sets merged (the later deletion wins), without the ones older than the TTL at `now`. */
export function mergeTombstones(a: Tombstones, b: Tombstones, now: number): Tombstones {
  const merged: Tombstones = new Map();
  for (const [id, at] of [...a, ...b]) {
    if (now - at < TOMBSTONE_TTL_MS) merged.set(id, Math.max(at, merged.get(id) ?? at));
  }
  return merged;
}

/** True when the note was deleted after its last edit (an edit or an undo after the deletion keeps it). */
export function isDeleted(note: Pick<Note, 'id' | 'updated'>, tombstones: Tombstones): boolean {
  const at = tombstones.get(note.id);
  return at !== undefined && at >= note.updated;
}

/** The records to store for a set of deletions. */
export function tombstoneItems(tombstones: Tombstones): Record<string, number> {
  return Object.fromEntries([...tombstones].map(([id, at]) => [TOMBSTONE_PREFIX + id, at]));
}
