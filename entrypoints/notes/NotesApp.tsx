import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../components/i18n';
import { NoteSections } from '../../components/NoteSections';
import { type ExportFormat, type NotesGrouping, NotesToolbar } from '../../components/NotesToolbar';
import { composeNote } from '../../notes/compose';
import { exportWebAnnotations } from '../../notes/export-annotation';
import { exportMarkdown } from '../../notes/export-markdown';
import { matchesQuery } from '../../notes/grouping';
import { importNotes } from '../../notes/import-notes';
import { exportJson } from '../../notes/notes-file';
import type { Note } from '../../notes/schema';
import { seenIndex } from '../../notes/seen';
import { notesSyncEnabled } from '../../notes/sync';
import { lastSync } from '../../notes/sync-runner';
import { saveNote } from '../../notes/write';
import { useNotes } from '../popup/use-notes';
import { useUndoableDelete } from '../popup/use-undoable-delete';
import { download } from './download';
import { sectionsOf } from './sections';
import { syncMessage } from './sync-message';
import { useItem } from './use-item';

const EXPORTS: Record<ExportFormat, { write: (notes: Note[]) => string; ext: string; type: string }> = {
  json: { write: (notes) => exportJson(notes), ext: 'json', type: 'application/json' },
  markdown: { write: (notes) => exportMarkdown(notes), ext: 'md', type: 'text/markdown' },
  jsonld: { write: (notes) => exportWebAnnotations(notes), ext: 'jsonld', type: 'application/ld+json' },
};

/** The notes page: every note, searchable, grouped by article or entity, with export, import and sync. */
export function NotesApp() {
  const { t, locale } = useI18n();
  const list = useNotes();
  const syncOn = useItem(notesSyncEnabled);
  const sync = useItem(lastSync);
  const [query, setQuery] = useState('');
  const [grouping, setGrouping] = useState<NotesGrouping>('article');
  const [seen, setSeen] = useState(new Map<string, string[]>());
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const { remove, undoBar } = useUndoableDelete();
  useEffect(() => void seenIndex().then(setSeen), [list]);
  if (!list) return <p class="loading">{t('loading')}</p>;

  const byId = new Map(list.notes.map((n) => [n.id, n]));
  const shown = list.notes.filter((n) => matchesQuery(n, query));
  const day = new Date().toISOString().slice(0, 10);
  const syncStatus = syncOn && sync ? syncMessage(sync, t, locale) : null;
  return (
    <main class="notes-page">
      <h1>{t('allNotes')}</h1>
      <NotesToolbar
        query={query}
        onQuery={setQuery}
        grouping={grouping}
        onGrouping={setGrouping}
        onExport={(format) => {
          const { write, ext, type } = EXPORTS[format];
          download(write(list.notes), `sorot-notes-${day}.${ext}`, type);
        }}
        onImport={async (content) => {
          const outcome = await importNotes(content);
          setMessage(
            outcome.ok
              ? { text: t('imported', outcome.written, outcome.unchanged), error: false }
              : { text: t('importRefused', outcome.problem), error: true },
          );
        }}
        syncOn={syncOn}
        onSync={(on) => void notesSyncEnabled.setValue(on)}
      />
      <div role="status" id="notes-message">
        {message && <p class={message.error ? 'message error' : 'message'}>{message.text}</p>}
        {syncStatus && <p class={syncStatus.error ? 'message error' : 'message'}>{syncStatus.text}</p>}
        {list.unreadable.length > 0 && <p class="message error">{t('unreadableNotes', list.unreadable.length)}</p>}
      </div>
      {undoBar}
      <NoteSections
        sections={sectionsOf(shown, grouping, seen, t)}
        onSave={async (id, text) => {
          const note = byId.get(id);
          return note ? saveNote(composeNote(note.target, text, note)) : { ok: false, reason: 'failed', message: id };
        }}
        onDelete={async (id) => {
          const note = byId.get(id);
          if (note) await remove(note);
        }}
      />
    </main>
  );
}
