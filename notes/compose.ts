import { noteIdFor } from './ids';
import type { Note, NoteTarget } from './schema';

/** The note after the reader writes `text` on `target`: a new record, or `existing` with new text and time. */
export function composeNote(target: NoteTarget, text: string, existing: Note | null, now: number = Date.now()): Note {
  if (existing) return { ...existing, text, updated: Math.max(now, existing.updated) };
  return { id: noteIdFor(target), target, text, created: now, updated: now };
}
