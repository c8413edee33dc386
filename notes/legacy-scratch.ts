import { storage } from '@wxt-dev/storage';
import { composeNote } from './compose';
import { noteIdFor } from './ids';
import { getNote } from './store';
import { saveNote } from './write';

/** The foundation build kept one free-text note here (version 1, a string) before per-note records existed. */
const scratchNote = storage.defineItem<string>('local:scratchNote', { fallback: '', version: 1 });

/**
 * Moves the foundation's scratch note into the notes store as the general note (after any general text already
 * there), and deletes the old key only once the new record is written, so a full disk or a crash loses nothing.
 */
export async function adoptScratchNote(now: number = Date.now()): Promise<void> {
  const text = await scratchNote.getValue();
  if (text.trim() === '') return;
  const target = { kind: 'general' } as const;
  const existing = await getNote(noteIdFor(target));
  const merged = existing && existing.text !== '' ? `${existing.text}\n\n${text}` : text;
  const saved = await saveNote(composeNote(target, merged, existing, now));
  if (saved.ok) await scratchNote.removeValue({ removeMeta: true });
}
