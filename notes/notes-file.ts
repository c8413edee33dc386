import * as v from 'valibot';
import type { Note } from './schema';
import { describeIssue, NoteSchema } from './schema';

/** The `format` field that marks a file as ours. */
export const NOTES_FILE_FORMAT = 'sorot-notes';
/** Version of the export file shape; import accepts this version and older. */
export const NOTES_FILE_VERSION = 1;

const NotesFileSchema = v.object({
  format: v.literal(NOTES_FILE_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(NOTES_FILE_VERSION, 'made by a newer Sorot')),
  exported: v.string(),
  notes: v.array(NoteSchema),
});

/** Our versioned JSON export of `notes`. */
export function exportJson(notes: readonly Note[], now: Date = new Date()): string {
  return JSON.stringify(
    { format: NOTES_FILE_FORMAT, version: NOTES_FILE_VERSION, exported: now.toISOString(), notes },
    null,
    2,
  );
}

/** A file's notes, or the problem that makes it unusable (nothing is imported from a bad file). */
export type ParsedNotesFile = { ok: true; notes: Note[] } | { ok: false; problem: string };

/** Reads an export file; refuses anything that is not JSON, not ours, or has any invalid note. */
export function parseNotesFile(content: string): ParsedNotesFile {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    return { ok: false, problem: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== NOTES_FILE_FORMAT) {
    return { ok: false, problem: `not a Sorot notes file (no "format": "${NOTES_FILE_FORMAT}")` };
  }
  const parsed = v.safeParse(NotesFileSchema, data);
  if (!parsed.success) return { ok: false, problem: describeIssue(parsed.issues, 'file') };
  const ids = new Set<string>();
  for (const note of parsed.output.notes) {
    if (ids.has(note.id)) return { ok: false, problem: `file.notes: id "${note.id}" appears twice` };
    ids.add(note.id);
  }
  return { ok: true, notes: parsed.output.notes };
}

/** What an import would do, note by note. */
export interface ImportPlan {
  /** Notes to write: new ones and ones edited later than our copy. */
  write: Note[];
  /** Notes already present with the same or a newer edit. */
  unchanged: number;
}

/** Merges by id, newest edit wins: importing the same file twice writes nothing the second time. */
export function planImport(existing: readonly Note[], incoming: readonly Note[]): ImportPlan {
  const byId = new Map(existing.map((note) => [note.id, note]));
  const write = incoming.filter((note) => {
    const ours = byId.get(note.id);
    return !ours || (note.updated > ours.updated && note.text !== ours.text);
  });
  return { write, unchanged: incoming.length - write.length };
}
