import { useState } from 'preact/hooks';
import { formatTime, useI18n } from './i18n';
import { type EditorSaveResult, NoteEditor } from './NoteEditor';

/** Where a passage note's quote stands on the current page. */
export type AnchorStatus = 'anchored' | 'moved' | 'orphaned';

/** A note as the views show it. */
export interface NoteView {
  /** The note's id, for keys and test hooks. */
  id: string;
  /** 'article', 'entity', 'passage' or 'general'. */
  kind: string;
  /** What it is about (entity name, article title); absent inside the article's own group. */
  heading?: string;
  /** The reader's text. */
  text: string;
  /** Last edit, epoch ms. */
  updated: number;
  /** The quoted passage, for passage notes. */
  quote?: string;
  /** Whether the passage was found on the current page; absent when unknown (notes page). */
  status?: AnchorStatus;
  /** Extra line, e.g. "seen in 3 articles you annotated". */
  detail?: string;
}

/** Props of a note card. */
export interface NoteCardProps {
  /** The note. */
  note: NoteView;
  /** Saves edited text. */
  onSave: (text: string) => Promise<EditorSaveResult>;
  /** Deletes it (the caller offers undo). */
  onDelete: () => void;
}

/** One note, read-only until "Edit"; passage notes show their quote and whether it was found. */
export function NoteCard({ note, onSave, onDelete }: NoteCardProps) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  return (
    <article class="note-card" data-note={note.id} data-kind={note.kind} data-status={note.status}>
      {note.heading && <h3>{note.heading}</h3>}
      {note.quote && (
        <blockquote>
          {note.quote}
          {note.status && <span class={`badge ${note.status}`}>{t(`anchor_${note.status}`)}</span>}
        </blockquote>
      )}
      {note.detail && <p class="note-detail">{note.detail}</p>}
      {editing ? (
        <NoteEditor
          label={t('editNote')}
          saved={note.text}
          autoFocus
          onSave={async (text) => {
            const result = await onSave(text);
            if (result.ok) setEditing(false);
            return result;
          }}
        />
      ) : (
        <>
          <p class="note-text">{note.text}</p>
          <div class="note-actions">
            <button type="button" onClick={() => setEditing(true)}>
              {t('edit')}
            </button>
            <button type="button" class="danger" onClick={onDelete}>
              {t('delete')}
            </button>
            <span class="note-time">{t('editedAt', formatTime(note.updated, locale))}</span>
          </div>
        </>
      )}
    </article>
  );
}
