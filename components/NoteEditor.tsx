import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { formatTime, useI18n } from './i18n';

/** The outcome of a save as the store reports it (notes/save-result.ts has the same shape). */
export type EditorSaveResult = { ok: true } | { ok: false; reason: 'quota' | 'failed'; message: string };

/** Props of the note editor. */
export interface NoteEditorProps {
  /** What the note is about, shown as the field's label. */
  label: string;
  /** The stored text ('' when there is no note yet). */
  saved: string;
  /** Last edit of the stored note, epoch ms; absent for a new note. */
  updated?: number;
  /** Element ids of the textarea, save button and saved-text span (the popup keeps #note, #save, #saved). */
  ids?: { text: string; save: string; saved: string };
  /** Writes the text; on failure the draft stays in the field and the reason is shown. */
  onSave: (text: string) => Promise<EditorSaveResult>;
  /** Deletes the stored note (the caller offers undo); absent hides the button. */
  onDelete?: () => void;
  /** Focus the field when shown (an editor opened by a click). */
  autoFocus?: boolean;
}

/** A note's text field with save and delete; a failed save keeps every typed character. */
export function NoteEditor({ label, saved, updated, ids, onSave, onDelete, autoFocus }: NoteEditorProps) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState(saved);
  const [error, setError] = useState<EditorSaveResult | null>(null);
  const [busy, setBusy] = useState(false);
  const lastSaved = useRef(saved);
  const field = useRef<HTMLTextAreaElement>(null);
  const generatedId = useId();
  const fieldId = ids?.text ?? `note-${generatedId}`;

  // Another window changed the note: take its text unless the reader is mid-edit.
  useEffect(() => {
    setDraft((current) => (current === lastSaved.current ? saved : current));
    lastSaved.current = saved;
  }, [saved]);
  useEffect(() => {
    if (autoFocus) field.current?.focus();
  }, [autoFocus]);

  const save = async () => {
    setBusy(true);
    const result = await onSave(draft);
    setBusy(false);
    setError(result.ok ? null : result);
  };
  const dirty = draft !== saved;
  return (
    <form
      class="note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label for={fieldId}>{label}</label>
      <textarea
        ref={field}
        id={fieldId}
        value={draft}
        rows={3}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          }
        }}
      />
      <div class="note-actions">
        <button id={ids?.save} type="submit" disabled={busy || !dirty}>
          {t('save')}
        </button>
        {onDelete && saved !== '' && (
          <button type="button" class="danger" onClick={onDelete}>
            {t('delete')}
          </button>
        )}
        {updated !== undefined && <span class="note-time">{t('editedAt', formatTime(updated, locale))}</span>}
      </div>
      <p class="note-status" role="status">
        {error && !error.ok && (
          <span class="error">{t(error.reason === 'quota' ? 'saveQuota' : 'saveFailed', error.message)}</span>
        )}
        {!error && saved !== '' && (
          <>
            <span class="saved-label">{dirty ? t('unsaved') : t('saved')}</span> <span id={ids?.saved}>{saved}</span>
          </>
        )}
      </p>
    </form>
  );
}
