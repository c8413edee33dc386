import { composeNote } from './compose';
import { type EntityKind, entityKey } from './entity-key';
import { noteIdFor } from './ids';
import type { SaveResult } from './save-result';
import { seenCount } from './seen';
import { deleteNote, getNote, saveNote } from './store';

/** What the hover card shows of the reader's note on an entity. */
export interface EntityNoteView {
  /** The note's text. */
  text: string;
  /** Number of annotated articles that name this entity (this one included once it is recorded). */
  seenIn: number;
  /** Last edit, epoch ms. */
  updated: number;
}

/** The reader's note on a person or organisation, followed across articles by its normalised name. */
export async function getEntityNote(kind: EntityKind, name: string): Promise<EntityNoteView | null> {
  const key = entityKey(kind, name);
  const note = await getNote(noteIdFor({ kind: 'entity', key, name }));
  if (!note) return null;
  return { text: note.text, seenIn: await seenCount(key), updated: note.updated };
}

/** Writes (or, with empty text, removes) the reader's note on an entity; for the hover card's "add note". */
export async function setEntityNote(kind: EntityKind, name: string, text: string): Promise<SaveResult> {
  const target = { kind: 'entity', key: entityKey(kind, name), name } as const;
  const id = noteIdFor(target);
  if (text.trim() === '') return deleteNote(id);
  return saveNote(composeNote(target, text, await getNote(id)));
}
