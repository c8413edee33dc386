import { storage } from '@wxt-dev/storage';
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { NOTE_KEY_PREFIX, NOTE_META_SUFFIX } from './note-keys';
import { planImport } from './notes-file';
import { attempt, type SaveResult } from './save-result';
import { type Note, NoteSchema } from './schema';
import { listNotes, notesIn } from './store';
import { isDeleted, mergeTombstones, TOMBSTONE_PREFIX, tombstoneItems, tombstonesIn } from './tombstones';
import { saveNotes } from './write';

/** The reader's choice to mirror notes into the browser's own storage.sync; off until they turn it on. */
export const notesSyncEnabled = storage.defineItem<boolean>('local:notesSync', { fallback: false, version: 1 });

/** storage.sync limits (Chrome's; Firefox's are the same or larger): bytes in all, bytes per item, items. */
export const SYNC_LIMITS = { total: 102_400, perItem: 8_192, items: 512 } as const;

/** Whether the notes fit in storage.sync, and if not, which limit they pass. */
export type SyncFit =
  | { fits: true; bytes: number }
  | {
      /** They do not fit; nothing is synced. */
      fits: false;
      /** The limit passed. */
      limit: 'total' | 'perItem' | 'items';
      /** Bytes the notes take (or the one note, for perItem). */
      bytes: number;
      /** The note that is too big, for perItem. */
      noteId?: string;
    };

/** Size as storage.sync counts it: key plus JSON of the value, in UTF-8 bytes. */
function itemBytes(note: Note): number {
  return new TextEncoder().encode(NOTE_KEY_PREFIX + note.id + JSON.stringify(note)).length;
}

/** Checks the notes against storage.sync's quotas before anything is written. */
export function checkSyncFit(notes: readonly Note[]): SyncFit {
  if (notes.length > SYNC_LIMITS.items) return { fits: false, limit: 'items', bytes: notes.length };
  let total = 0;
  for (const note of notes) {
    const bytes = itemBytes(note);
    if (bytes > SYNC_LIMITS.perItem) return { fits: false, limit: 'perItem', bytes, noteId: note.id };
    total += bytes;
  }
  return total > SYNC_LIMITS.total ? { fits: false, limit: 'total', bytes: total } : { fits: true, bytes: total };
}

/** The outcome of a sync round. */
export interface SyncOutcome {
  /** Whether the local notes fit; when not, storage.sync was left as it was. */
  fit: SyncFit;
  /** Notes copied in from other browsers. */
  pulled: number;
  /** The write to storage.sync. */
  saved: SaveResult;
}

/**
 * One sync round: deletions from either side apply to both (a note deleted after its last edit goes), newer notes
 * from storage.sync come in (by id, newest edit wins), then the local notes and deletions go out when they fit.
 */
export async function syncNotes(now: number = Date.now()): Promise<SyncOutcome> {
  const [remote, localItems] = await Promise.all([browser.storage.sync.get(null), browser.storage.local.get(null)]);
  const tombstones = mergeTombstones(tombstonesIn(remote), tombstonesIn(localItems), now);
  const incoming: Note[] = [];
  for (const [key, value] of Object.entries(remote)) {
    const parsed = key.startsWith(NOTE_KEY_PREFIX) ? v.safeParse(NoteSchema, value) : null;
    if (parsed?.success && !isDeleted(parsed.output, tombstones)) incoming.push(parsed.output);
  }
  const { notes } = await notesIn(localItems);
  const deletedHere = notes.filter((note) => isDeleted(note, tombstones));
  const gone = deletedHere.flatMap((note) => [NOTE_KEY_PREFIX + note.id, NOTE_KEY_PREFIX + note.id + NOTE_META_SUFFIX]);
  const forgotten = [...tombstonesIn(localItems).keys()].filter((id) => !tombstones.has(id));
  const local = notes.filter((note) => !isDeleted(note, tombstones));
  const plan = planImport(local, incoming);
  const pulled = await attempt(async () => {
    await browser.storage.local.remove([...gone, ...forgotten.map((id) => TOMBSTONE_PREFIX + id)]);
    await browser.storage.local.set(tombstoneItems(tombstones));
    if (plan.write.length > 0) {
      const written = await saveNotes(plan.write);
      if (!written.ok) throw new Error(written.message);
    }
  });
  const merged = (await listNotes()).notes;
  if (!pulled.ok) return { fit: checkSyncFit(merged), pulled: 0, saved: pulled };
  const fit = checkSyncFit(merged);
  if (!fit.fits) return { fit, pulled: plan.write.length, saved: { ok: true } };
  const wanted = {
    ...Object.fromEntries(merged.map((note) => [NOTE_KEY_PREFIX + note.id, note])),
    ...tombstoneItems(tombstones),
  };
  const ours = (key: string) => key.startsWith(NOTE_KEY_PREFIX) || key.startsWith(TOMBSTONE_PREFIX);
  const stale = Object.keys(remote).filter((key) => ours(key) && !(key in wanted));
  const saved = await attempt(async () => {
    await browser.storage.sync.set(wanted);
    if (stale.length > 0) await browser.storage.sync.remove(stale);
  });
  return { fit, pulled: plan.write.length, saved };
}
