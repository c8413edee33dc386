import { useState } from 'preact/hooks';

/** Props of the scratch-note form. */
export interface ScratchNoteProps {
  /** The saved note, shown until the reader edits it. */
  saved: string;
  /** Called with the new text when the reader saves. */
  onSave: (text: string) => void;
}

/** A textarea with a save button, for one free-text note. */
export function ScratchNote({ saved, onSave }: ScratchNoteProps) {
  const [draft, setDraft] = useState(saved);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
    >
      <label for="note">Note</label>
      <textarea id="note" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
      <button id="save" type="submit">
        Save
      </button>
      <p id="saved">{saved}</p>
    </form>
  );
}
