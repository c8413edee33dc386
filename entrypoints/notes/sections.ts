import type { Translate } from '../../components/i18n';
import type { NoteSection } from '../../components/NoteSections';
import type { NotesGrouping } from '../../components/NotesToolbar';
import { groupNotes } from '../../notes/grouping';
import type { Note } from '../../notes/schema';
import { viewOf } from '../popup/note-views';

/**
 * The notes page's sections. By article: one per article, then entity notes, then the general note. By entity: one per entity
 * note, holding it and the notes on articles that name the entity (`seen`: entity key → article URLs).
 */
export function sectionsOf(
  notes: Note[],
  grouping: NotesGrouping,
  seen: Map<string, string[]>,
  t: Translate,
): NoteSection[] {
  const groups = groupNotes(notes);
  if (grouping === 'article') {
    const sections: NoteSection[] = groups.articles.map((g) => ({
      id: g.url,
      title: g.title || g.url,
      href: g.url,
      notes: g.notes.map((n) => viewOf(n, t)),
    }));
    if (groups.entities.length > 0) {
      const notes = groups.entities.map((n) => viewOf(n, t, { heading: true }));
      sections.push({ id: 'entities', title: t('entityNotes'), notes });
    }
    if (groups.general.length > 0) {
      sections.push({ id: 'general', title: t('generalNote'), notes: groups.general.map((n) => viewOf(n, t)) });
    }
    return sections;
  }
  return groups.entities.flatMap((entityNote) => {
    if (entityNote.target.kind !== 'entity') return [];
    const urls = new Set(seen.get(entityNote.target.key) ?? []);
    const related = groups.articles.filter((g) => urls.has(g.url)).flatMap((g) => g.notes);
    return [
      {
        id: entityNote.id,
        title: entityNote.target.name,
        detail: t('seenIn', urls.size),
        notes: [viewOf(entityNote, t), ...related.map((n) => viewOf(n, t, { heading: true }))],
      },
    ];
  });
}
