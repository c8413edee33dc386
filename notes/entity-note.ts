import { browser } from 'wxt/browser';
import { composeNote } from './compose';
import { type EntityKind, entityKey } from './entity-key';
import { noteIdFor } from './ids';
import { NOTE_KEY_PREFIX } from './note-keys';
import type { SaveResult } from './save-result';
import type { Note } from './schema';
import { seenCount } from './seen';
import { deleteNote, saveNote } from './write';

/** What the hover card shows of the reader's note on an entity. */
export interface EntityNoteView {
  /** The note's text. */
  text: string;
  /** Number of annotated articles that name this entity (this one included once it is recorded). */
  seenIn: number;
  /** Last edit, epoch ms. */
  updated: number;
}

/**
 * The stored note with this id when it is an entity note. This runs in the content script, which must stay
 * small, so it checks the fields it uses instead of loading the schema library; a record it cannot vouch for
 * (damaged, or from another version) reads as no note here and is handled by the popup and notes page.
 */
async function readEntityNote(id: string): Promise<Note | null> {
  const key = NOTE_KEY_PREFIX + id;
  const value = (await browser.storage.local.get(key))[key] as Partial<Note> | undefined;
  const ok =
    value?.id === id &&
    typeof value.text === 'string' &&
    typeof value.created === 'number' &&
    typeof value.updated === 'number' &&
    value.target?.kind === 'entity';
  return ok ? (value as Note) : null;
}

/** The reader's note on a person or organisation, followed across articles by its normalised name. */
export async function getEntityNote(kind: EntityKind, name: string): Promise<EntityNoteView | null> {
  const key = entityKey(kind, name);
  const note = await readEntityNote(noteIdFor({ kind: 'entity', key, name }));
  if (!note) return null;
  return { text: note.text, seenIn: await seenCount(key), updated: note.updated };
}

/** Writes (or, with empty text, removes) the reader's note on an entity; for the hover card's "add note". */
export async function setEntityNote(kind: EntityKind, name: string, text: string): Promise<SaveResult> {
  const target = { kind: 'entity', key: entityKey(kind, name), name } as const;
  const id = noteIdFor(target);
  if (text.trim() === '') return deleteNote(id);
  return saveNote(composeNote(target, text, await readEntityNote(id)));
}
