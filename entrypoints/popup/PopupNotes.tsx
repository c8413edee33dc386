import type { NoteableEntity } from '../../components/FactItems';
import { useI18n } from '../../components/i18n';
import { NoteCard } from '../../components/NoteCard';
import { NoteEditor } from '../../components/NoteEditor';
import { composeNote } from '../../notes/compose';
import { noteIdFor } from '../../notes/ids';
import type { Note, NoteTarget } from '../../notes/schema';
import { entityKeysOf } from '../../notes/seen';
import { saveNote } from '../../notes/write';
import { EntityNotePanel } from './EntityNotePanel';
import { viewOf } from './note-views';
import { PassageComposer } from './PassageComposer';
import type { TabArticle } from './use-tab-article';
import { useUndoableDelete } from './use-undoable-delete';

/** Props of the popup's notes section. */
export interface PopupNotesProps {
  /** The tab and its article. */
  tab: TabArticle;
  /** Every note. */
  notes: Note[];
  /** The entity whose note editor is open, or null. */
  entity: NoteableEntity | null;
  /** Closes the entity editor. */
  onEntityDone: () => void;
}

/** The note on the page itself: an article note on web pages, the general note elsewhere. */
function pageTarget(tab: TabArticle): NoteTarget {
  if (tab.report) return { kind: 'article', url: tab.report.url, title: tab.report.title };
  if (tab.url && /^https?:/.test(tab.url)) return { kind: 'article', url: tab.url, title: tab.title };
  return { kind: 'general' };
}

/** Notes of the tab: the page note, entity notes, passage notes (with whether they were found), undo. */
export function PopupNotes({ tab, notes, entity, onEntityDone }: PopupNotesProps) {
  const { t } = useI18n();
  const { remove, undoBar } = useUndoableDelete();
  const byId = new Map(notes.map((n) => [n.id, n]));
  const save = (target: NoteTarget, text: string, existing: Note | null) =>
    saveNote(composeNote(target, text, existing));

  const page = pageTarget(tab);
  const pageNote = byId.get(noteIdFor(page)) ?? null;
  const report = tab.report;
  const keys = new Set(report ? entityKeysOf(report.extraction) : []);
  const here = notes.filter(
    (n) =>
      (n.target.kind === 'passage' && n.target.url === report?.url) ||
      (n.target.kind === 'entity' && keys.has(n.target.key)),
  );

  return (
    <section class="notes" aria-label={t('yourNotes')}>
      {entity && (
        <EntityNotePanel entity={entity} byId={byId} onDelete={(n) => void remove(n)} onClose={onEntityDone} />
      )}
      <NoteEditor
        label={t(page.kind === 'general' ? 'generalNote' : 'articleNote')}
        saved={pageNote?.text ?? ''}
        updated={pageNote?.updated}
        ids={{ text: 'note', save: 'save', saved: 'saved' }}
        onSave={(text) => save(page, text, pageNote)}
        onDelete={pageNote ? () => void remove(pageNote) : undefined}
      />
      {report && <PassageComposer tabId={tab.tabId} report={report} text={tab.text} />}
      {here.map((note) => (
        <NoteCard
          key={note.id}
          note={viewOf(note, t, { articleText: tab.text, heading: note.target.kind === 'entity' })}
          onSave={(text) => save(note.target, text, note)}
          onDelete={() => void remove(note)}
        />
      ))}
      {undoBar}
    </section>
  );
}
