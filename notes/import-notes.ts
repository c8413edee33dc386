import { browser } from 'wxt/browser';
import { parseNotesFile, planImport } from './notes-file';
import { notesIn } from './store';
import { isDeleted, tombstonesIn } from './tombstones';
import { saveNotes } from './write';

/** The outcome of an import, for the reader. */
export type ImportOutcome =
  | {
      /** The notes were written (or all were already there). */
      ok: true;
      /** Notes written. */
      written: number;
      /** Notes already present. */
      unchanged: number;
    }
  | {
      /** Nothing changed. */
      ok: false;
      /** What is wrong with the file, or the storage error. */
      problem: string;
    };

/** Imports an export file; a bad file or a failed write leaves storage as it was. */
export async function importNotes(content: string, now: number = Date.now()): Promise<ImportOutcome> {
  const parsed = parseNotesFile(content);
  if (!parsed.ok) return parsed;
  const stored = await browser.storage.local.get(null);
  const plan = planImport((await notesIn(stored)).notes, parsed.notes);
  // Importing a note deleted here asks for it back: it returns as edited now, or the deletion record that sync
  // shares would remove it again on the next round.
  const tombstones = tombstonesIn(stored);
  const notes = plan.write.map((note) => (isDeleted(note, tombstones) ? { ...note, updated: now } : note));
  if (notes.length > 0) {
    const saved = await saveNotes(notes);
    if (!saved.ok) return { ok: false, problem: saved.message };
  }
  return { ok: true, written: plan.write.length, unchanged: plan.unchanged };
}
