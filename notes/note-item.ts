import { storage } from '@wxt-dev/storage';
import { NOTE_KEY_PREFIX, NOTE_RECORD_VERSION } from './note-keys';
import type { Note } from './schema';

/**
 * Migrations of one note record, by the version they produce. Version 1 is the first per-note shape, so there
 * is none yet; the foundation's single scratch note is carried over by notes/legacy-scratch.ts.
 */
export const NOTE_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

const items = new Map<string, ReturnType<typeof defineNoteItem>>();

function defineNoteItem(id: string) {
  return storage.defineItem<Note>(`local:${NOTE_KEY_PREFIX}${id}`, {
    version: NOTE_RECORD_VERSION,
    migrations: NOTE_MIGRATIONS,
  });
}

/**
 * The versioned storage item of one note: one key per note, so writers of different notes never touch the
 * same record. Defined once per id and page, which runs its migrations once.
 */
export function noteItem(id: string) {
  let item = items.get(id);
  if (!item) {
    item = defineNoteItem(id);
    items.set(id, item);
  }
  return item;
}

/** Forgets the defined items (tests reset the fake browser between cases). */
export function forgetNoteItems(): void {
  items.clear();
}
