import { browser } from 'wxt/browser';
import { NOTE_KEY_PREFIX, NOTE_META_SUFFIX, NOTE_RECORD_VERSION } from './note-keys';
import { attempt, type SaveResult } from './save-result';
import type { Note } from './schema';
import { TOMBSTONE_PREFIX } from './tombstones';

// Writes live apart from reads (notes/store.ts) so the content script, which only writes entity notes, does
// not bundle the schema library that reads validate with.

/** The record and its version stamp, written in one call so a reader never sees one without the other. */
function records(notes: readonly Note[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const note of notes) {
    out[NOTE_KEY_PREFIX + note.id] = note;
    out[NOTE_KEY_PREFIX + note.id + NOTE_META_SUFFIX] = { v: NOTE_RECORD_VERSION };
  }
  return out;
}

/** Writes notes (one key each); only these records change. */
export function saveNotes(notes: readonly Note[]): Promise<SaveResult> {
  return attempt(() => browser.storage.local.set(records(notes)));
}

/** Writes one note. */
export function saveNote(note: Note): Promise<SaveResult> {
  return saveNotes([note]);
}

/**
 * Removes one note and records when, so a sync round removes it from the reader's other browsers instead of
 * copying it back. The caller keeps the removed note for undo (see `restoreNote`).
 */
export function deleteNote(id: string, now: number = Date.now()): Promise<SaveResult> {
  return attempt(async () => {
    await browser.storage.local.set({ [TOMBSTONE_PREFIX + id]: now });
    await browser.storage.local.remove([NOTE_KEY_PREFIX + id, NOTE_KEY_PREFIX + id + NOTE_META_SUFFIX]);
  });
}

/** Undoes a deletion: the note comes back as edited now, so it outlives its deletion record everywhere. */
export async function restoreNote(note: Note, now: number = Date.now()): Promise<SaveResult> {
  const saved = await saveNote({ ...note, updated: Math.max(now, note.updated) });
  if (saved.ok) await browser.storage.local.remove(TOMBSTONE_PREFIX + note.id);
  return saved;
}
