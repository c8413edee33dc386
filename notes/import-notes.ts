import { parseNotesFile, planImport } from './notes-file';
import { listNotes } from './store';
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
export async function importNotes(content: string): Promise<ImportOutcome> {
  const parsed = parseNotesFile(content);
  if (!parsed.ok) return parsed;
  const plan = planImport((await listNotes()).notes, parsed.notes);
  if (plan.write.length > 0) {
    const saved = await saveNotes(plan.write);
    if (!saved.ok) return { ok: false, problem: saved.message };
  }
  return { ok: true, written: plan.write.length, unchanged: plan.unchanged };
}
