import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { NoteCard, type NoteView } from '../../../components/NoteCard';
import { UndoBar } from '../../../components/UndoBar';
import { renderIn } from './render';

const PASSAGE: NoteView = {
  id: 'p-1',
  kind: 'passage',
  text: 'Angka ini perlu dicek.',
  updated: Date.UTC(2025, 10, 4, 2),
  quote: 'nilai ekspor mencapai Rp 1,8 triliun',
  status: 'orphaned',
};

describe('NoteCard', () => {
  it('shows an orphaned passage note with its quote instead of dropping it', () => {
    renderIn(<NoteCard note={PASSAGE} onSave={async () => ({ ok: true })} onDelete={() => {}} />, 'id');
    expect(screen.getByText(/nilai ekspor mencapai/).textContent).toContain('tidak ditemukan di halaman');
    expect(screen.getByText('Angka ini perlu dicek.')).toBeTruthy();
  });

  it('edits in place and closes the editor once saved', async () => {
    const onSave = vi.fn(async () => ({ ok: true }) as const);
    renderIn(<NoteCard note={PASSAGE} onSave={onSave} onDelete={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const field = screen.getByLabelText('Edit note') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(field);
    fireEvent.input(field, { target: { value: 'Sudah dicek.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(screen.queryByLabelText('Edit note')).toBeNull());
    expect(onSave).toHaveBeenCalledWith('Sudah dicek.');
  });

  it('deletes, and the undo bar puts it back', () => {
    const onDelete = vi.fn();
    const onUndo = vi.fn();
    renderIn(
      <>
        <NoteCard note={PASSAGE} onSave={async () => ({ ok: true })} onDelete={onDelete} />
        <UndoBar what="Angka ini perlu dicek." onUndo={onUndo} onDismiss={() => {}} />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onDelete).toHaveBeenCalled();
    expect(screen.getByText('Note deleted: “Angka ini perlu dicek.”')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalled();
  });
});
