import { useEffect, useState } from 'preact/hooks';
import type { NoteableEntity } from '../../components/FactItems';
import { useI18n } from '../../components/i18n';
import { NoteEditor } from '../../components/NoteEditor';
import { composeNote } from '../../notes/compose';
import { entityKey } from '../../notes/entity-key';
import { noteIdFor } from '../../notes/ids';
import type { Note } from '../../notes/schema';
import { seenCount } from '../../notes/seen';
import { saveNote } from '../../notes/write';

/** Props of the entity note panel. */
export interface EntityNotePanelProps {
  /** The person or organisation. */
  entity: NoteableEntity;
  /** Every note, to find this entity's. */
  byId: Map<string, Note>;
  /** Deletes a note with undo. */
  onDelete: (note: Note) => void;
  /** Closes the panel. */
  onClose: () => void;
}

/** The editor of the reader's note on one entity, with how many annotated articles name it. */
export function EntityNotePanel({ entity, byId, onDelete, onClose }: EntityNotePanelProps) {
  const { t } = useI18n();
  const target = { kind: 'entity' as const, key: entityKey(entity.kind, entity.name), name: entity.name };
  const note = byId.get(noteIdFor(target)) ?? null;
  const [seen, setSeen] = useState<number | null>(null);
  useEffect(() => {
    setSeen(null);
    void seenCount(target.key).then(setSeen);
  }, [target.key]);
  return (
    <div class="entity-editor">
      <NoteEditor
        key={target.key}
        label={t('noteOnEntity', target.name)}
        saved={note?.text ?? ''}
        updated={note?.updated}
        ids={{ text: 'entity-note', save: 'entity-save', saved: 'entity-saved' }}
        autoFocus
        onSave={(text) => saveNote(composeNote(target, text, note))}
        onDelete={note ? () => onDelete(note) : undefined}
      />
      {seen !== null && <p class="note-detail">{t('seenIn', seen)}</p>}
      <button type="button" onClick={onClose}>
        {t('close')}
      </button>
    </div>
  );
}
