import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { noteItem } from './note-item';
import { NOTE_KEY_PREFIX, NOTE_META_SUFFIX, NOTE_RECORD_VERSION } from './note-keys';
import { type Note, NoteSchema } from './schema';

/** Every note in storage, plus the records that could not be read (kept untouched, shown to the reader). */
export interface NoteList {
  /** Valid notes, newest update first. */
  notes: Note[];
  /** Storage keys of records that failed validation or come from a newer Sorot; never deleted by us. */
  unreadable: string[];
}

function noteId(key: string): string | null {
  return key.startsWith(NOTE_KEY_PREFIX) && !key.endsWith(NOTE_META_SUFFIX) ? key.slice(NOTE_KEY_PREFIX.length) : null;
}

/** Reads every note, migrating old records through their versioned storage item first. */
export async function listNotes(): Promise<NoteList> {
  return notesIn(await browser.storage.local.get(null));
}

/**
 * The notes among items already read from storage.local, so a caller that also needs other records (deletions)
 * reads storage once and sees one consistent snapshot.
 */
export async function notesIn(all: Record<string, unknown>): Promise<NoteList> {
  const notes: Note[] = [];
  const unreadable: string[] = [];
  for (const [key, stored] of Object.entries(all)) {
    const id = noteId(key);
    if (id === null) continue;
    const version = (all[key + NOTE_META_SUFFIX] as { v?: number } | undefined)?.v ?? 1;
    const value = version < NOTE_RECORD_VERSION ? await noteItem(id).getValue() : stored;
    const parsed = version > NOTE_RECORD_VERSION ? null : v.safeParse(NoteSchema, value);
    if (parsed?.success) notes.push(parsed.output);
    else unreadable.push(key);
  }
  notes.sort((a, b) => b.updated - a.updated);
  return { notes, unreadable };
}

/** The note with this id, or null. */
export async function getNote(id: string): Promise<Note | null> {
  const parsed = v.safeParse(NoteSchema, await noteItem(id).getValue());
  return parsed.success ? parsed.output : null;
}

/** Calls `onChange` whenever any note is written or removed, from any page of the extension. */
export function watchNotes(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((key) => noteId(key) !== null)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
