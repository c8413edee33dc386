import type { Note } from './schema';

/** The notes that belong to one article page. */
export interface ArticleGroup {
  /** The article's URL. */
  url: string;
  /** Its headline as it was when the newest note was written. */
  title: string;
  /** The article note first, then passage notes in text order. */
  notes: Note[];
}

/** Notes grouped for reading: per article, per entity, and the rest. */
export interface NoteGroups {
  /** Articles, the most recently annotated first. */
  articles: ArticleGroup[];
  /** Entity notes, by name. */
  entities: Note[];
  /** Notes tied to no page. */
  general: Note[];
}

function order(note: Note): number {
  return note.target.kind === 'passage' ? note.target.position.start : -1;
}

/** Splits notes (newest first) into article, entity and general groups. */
export function groupNotes(notes: readonly Note[]): NoteGroups {
  const articles = new Map<string, ArticleGroup>();
  const entities: Note[] = [];
  const general: Note[] = [];
  for (const note of notes) {
    const t = note.target;
    if (t.kind === 'entity') entities.push(note);
    else if (t.kind === 'general') general.push(note);
    else {
      const group = articles.get(t.url) ?? { url: t.url, title: t.title, notes: [] };
      group.notes.push(note);
      articles.set(t.url, group);
    }
  }
  for (const group of articles.values()) group.notes.sort((a, b) => order(a) - order(b));
  entities.sort((a, b) =>
    a.target.kind === 'entity' && b.target.kind === 'entity' ? a.target.name.localeCompare(b.target.name) : 0,
  );
  return { articles: [...articles.values()], entities, general };
}

/** True when the note's text, quote, title or entity name contains `query` (case- and accent-insensitive). */
export function matchesQuery(note: Note, query: string): boolean {
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const q = fold(query.trim());
  if (q === '') return true;
  const t = note.target;
  const fields = [note.text];
  if (t.kind === 'entity') fields.push(t.name);
  if (t.kind === 'article' || t.kind === 'passage') fields.push(t.title, t.url);
  if (t.kind === 'passage') fields.push(t.quote.exact);
  return fields.some((field) => fold(field).includes(q));
}
