import { storage } from '@wxt-dev/storage';
import type { Note } from './schema';
import { saveNote } from './store';

/** The foundation build kept one free-text note here (version 1, a string) before per-note records existed. */
const scratchNote = storage.defineItem<string>('local:scratchNote', { fallback: '', version: 1 });

/** Id of the carried-over note: fixed, so running the migration twice creates one note. */
export const SCRATCH_NOTE_ID = 'g-scratch';

/**
 * Moves the foundation's scratch note into the notes store as a general note, and deletes the old key only
 * once the new record is written, so a full disk or a crash loses nothing.
 */
export async function adoptScratchNote(now: number = Date.now()): Promise<void> {
  const text = await scratchNote.getValue();
  if (text.trim() === '') return;
  const note: Note = { id: SCRATCH_NOTE_ID, target: { kind: 'general' }, text, created: now, updated: now };
  const saved = await saveNote(note);
  if (saved.ok) await scratchNote.removeValue({ removeMeta: true });
}
