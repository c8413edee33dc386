import { useI18n } from './i18n';
import { NoteCard, type NoteView } from './NoteCard';
import type { EditorSaveResult } from './NoteEditor';

/** One heading with its notes. */
export interface NoteSection {
  /** Stable key. */
  id: string;
  /** Heading text (article title, entity name). */
  title: string;
  /** Link for the heading (the article), when there is one. */
  href?: string;
  /** Extra line under the heading ("seen in 3 articles you annotated"). */
  detail?: string;
  /** The notes. */
  notes: NoteView[];
}

/** Props of the notes page list. */
export interface NoteSectionsProps {
  /** Sections in display order. */
  sections: NoteSection[];
  /** Saves a note's new text. */
  onSave: (id: string, text: string) => Promise<EditorSaveResult>;
  /** Deletes a note (the caller offers undo). */
  onDelete: (id: string) => void;
}

/** Every note, under a heading per article or per entity. */
export function NoteSections({ sections, onSave, onDelete }: NoteSectionsProps) {
  const { t } = useI18n();
  if (sections.length === 0) return <p class="empty">{t('noNotes')}</p>;
  return (
    <>
      {sections.map((section) => (
        <section key={section.id} class="article-group" aria-label={section.title}>
          <h2>
            {section.href ? (
              <a href={section.href} target="_blank" rel="noreferrer">
                {section.title}
              </a>
            ) : (
              section.title
            )}
          </h2>
          {section.detail && <p class="note-detail">{section.detail}</p>}
          {section.notes.map((note) => (
            <NoteCard
              key={note.id}
              note={note}
              onSave={(text) => onSave(note.id, text)}
              onDelete={() => onDelete(note.id)}
            />
          ))}
        </section>
      ))}
    </>
  );
}
