import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { type EditorSaveResult, NoteEditor } from '../../../components/NoteEditor';
import { renderIn } from './render';

const OK: EditorSaveResult = { ok: true };
const FULL: EditorSaveResult = { ok: false, reason: 'quota', message: 'QUOTA_BYTES quota exceeded' };
const IDS = { text: 'note', save: 'save', saved: 'saved' };

function field(): HTMLTextAreaElement {
  return screen.getByLabelText('Note on this article') as HTMLTextAreaElement;
}

describe('NoteEditor', () => {
  it('saves the typed text and shows what is stored', async () => {
    const onSave = vi.fn(async () => OK);
    const { rerender } = renderIn(<NoteEditor label="Note on this article" saved="" ids={IDS} onSave={onSave} />);
    fireEvent.input(field(), { target: { value: 'Cek data BPS' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledWith('Cek data BPS'));
    rerender(<NoteEditor label="Note on this article" saved="Cek data BPS" ids={IDS} onSave={onSave} />);
    expect(document.getElementById('saved')?.textContent).toBe('Cek data BPS');
  });

  it('keeps every typed character and says the disk is full when the save fails', async () => {
    renderIn(<NoteEditor label="Note on this article" saved="lama" ids={IDS} onSave={async () => FULL} />);
    fireEvent.input(field(), { target: { value: 'catatan panjang yang tidak muat' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/storage is full/));
    expect(field().value).toBe('catatan panjang yang tidak muat');
  });

  it('saves with Ctrl+Enter from the keyboard', async () => {
    const onSave = vi.fn(async () => OK);
    renderIn(<NoteEditor label="Note on this article" saved="" onSave={onSave} />);
    fireEvent.input(field(), { target: { value: 'pakai keyboard' } });
    fireEvent.keyDown(field(), { key: 'Enter', ctrlKey: true });
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledWith('pakai keyboard'));
  });

  it('takes a change made in another window unless the reader is mid-edit', () => {
    const props = { label: 'Note on this article', onSave: async () => OK };
    const { rerender } = renderIn(<NoteEditor {...props} saved="versi 1" />);
    rerender(<NoteEditor {...props} saved="versi 2" />);
    expect(field().value).toBe('versi 2');
    fireEvent.input(field(), { target: { value: 'sedang saya ketik' } });
    rerender(<NoteEditor {...props} saved="versi 3" />);
    expect(field().value).toBe('sedang saya ketik');
  });

  it('offers delete only for a stored note', () => {
    const onDelete = vi.fn();
    const { rerender } = renderIn(
      <NoteEditor label="Note on this article" saved="" onSave={async () => OK} onDelete={onDelete} />,
    );
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    rerender(<NoteEditor label="Note on this article" saved="ada" onSave={async () => OK} onDelete={onDelete} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onDelete).toHaveBeenCalled();
  });
});
