import { useEffect, useState } from 'preact/hooks';
import type { NoteableEntity } from '../../components/FactItems';
import { useI18n } from '../../components/i18n';
import { NoteCard } from '../../components/NoteCard';
import { NoteEditor } from '../../components/NoteEditor';
import { notesToContent } from '../../messaging/protocol';
import { describePassage } from '../../notes/anchoring';
import { composeNote } from '../../notes/compose';
import { entityKey } from '../../notes/entity-key';
import { noteIdFor } from '../../notes/ids';
import type { Note, NoteTarget } from '../../notes/schema';
import { entityKeysOf, seenCount } from '../../notes/seen';
import { saveNote } from '../../notes/write';
import { viewOf } from './note-views';
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

/** `?passage=start-end` (from the context menu) as a span. */
function passageParam(): { start: number; end: number } | null {
  const match = /^(\d+)-(\d+)$/.exec(new URLSearchParams(location.search).get('passage') ?? '');
  return match ? { start: Number(match[1]), end: Number(match[2]) } : null;
}

/** Notes of the tab: the page note, entity notes, passage notes (with whether they were found), undo. */
export function PopupNotes({ tab, notes, entity, onEntityDone }: PopupNotesProps) {
  const { t } = useI18n();
  const [span, setSpan] = useState(passageParam);
  const { remove, undoBar } = useUndoableDelete();
  const [seen, setSeen] = useState<number | null>(null);
  const byId = new Map(notes.map((n) => [n.id, n]));
  const save = (target: NoteTarget, text: string, existing: Note | null) =>
    saveNote(composeNote(target, text, existing));

  const page = pageTarget(tab);
  const pageNote = byId.get(noteIdFor(page)) ?? null;
  const entityTarget = entity && {
    kind: 'entity' as const,
    key: entityKey(entity.kind, entity.name),
    name: entity.name,
  };
  const entityNote = entityTarget ? (byId.get(noteIdFor(entityTarget)) ?? null) : null;
  useEffect(() => {
    setSeen(null);
    if (entityTarget) void seenCount(entityTarget.key).then(setSeen);
  }, [entityTarget?.key]);

  const url = tab.report?.url;
  const keys = new Set(tab.report ? entityKeysOf(tab.report.extraction) : []);
  const here = notes.filter(
    (n) =>
      (n.target.kind === 'passage' && n.target.url === url) || (n.target.kind === 'entity' && keys.has(n.target.key)),
  );
  const selectors = span && tab.text && tab.report ? describePassage(tab.text, span.start, span.end) : null;
  const askSelection = async () => {
    if (tab.tabId === null) return;
    setSpan(await notesToContent.sendMessage('getSelectionSpan', undefined, tab.tabId).catch(() => null));
  };

  return (
    <section class="notes" aria-label={t('yourNotes')}>
      {entityTarget && (
        <div class="entity-editor">
          <NoteEditor
            key={entityTarget.key}
            label={t('noteOnEntity', entityTarget.name)}
            saved={entityNote?.text ?? ''}
            updated={entityNote?.updated}
            ids={{ text: 'entity-note', save: 'entity-save', saved: 'entity-saved' }}
            autoFocus
            onSave={(text) => save(entityTarget, text, entityNote)}
            onDelete={entityNote ? () => void remove(entityNote) : undefined}
          />
          {seen !== null && <p class="note-detail">{t('seenIn', seen)}</p>}
          <button type="button" onClick={onEntityDone}>
            {t('close')}
          </button>
        </div>
      )}
      <NoteEditor
        label={t(page.kind === 'general' ? 'generalNote' : 'articleNote')}
        saved={pageNote?.text ?? ''}
        updated={pageNote?.updated}
        ids={{ text: 'note', save: 'save', saved: 'saved' }}
        onSave={(text) => save(page, text, pageNote)}
        onDelete={pageNote ? () => void remove(pageNote) : undefined}
      />
      {tab.report && (
        <button type="button" id="note-selection" onClick={() => void askSelection()}>
          {t('noteOnSelection')}
        </button>
      )}
      {selectors && tab.report && (
        <div class="passage-editor">
          <blockquote>{selectors.quote.exact}</blockquote>
          <NoteEditor
            label={t('passageNote')}
            saved=""
            ids={{ text: 'passage-note', save: 'passage-save', saved: 'passage-saved' }}
            autoFocus
            onSave={async (text) => {
              const result = await save(
                { kind: 'passage', url: tab.report?.url ?? '', title: tab.report?.title ?? '', ...selectors },
                text,
                null,
              );
              if (result.ok) setSpan(null);
              return result;
            }}
          />
        </div>
      )}
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
