import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { UndoBar } from '../../components/UndoBar';
import type { Note } from '../../notes/schema';
import { deleteNote, restoreNote } from '../../notes/write';

/** Deleting a note keeps a copy until the reader dismisses the undo bar; undo writes the copy back. */
export function useUndoableDelete(): { remove: (note: Note) => Promise<void>; undoBar: JSX.Element | null } {
  const [removed, setRemoved] = useState<Note | null>(null);
  const remove = async (note: Note) => {
    if ((await deleteNote(note.id)).ok) setRemoved(note);
  };
  const undoBar = removed && (
    <UndoBar
      what={removed.text.slice(0, 40)}
      onUndo={() => void restoreNote(removed).then((saved) => saved.ok && setRemoved(null))}
      onDismiss={() => setRemoved(null)}
    />
  );
  return { remove, undoBar };
}
