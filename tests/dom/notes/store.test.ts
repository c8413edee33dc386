import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { composeNote } from '../../../notes/compose';
import { adoptScratchNote } from '../../../notes/legacy-scratch';
import { forgetNoteItems } from '../../../notes/note-item';
import type { NoteTarget } from '../../../notes/schema';
import { listNotes, watchNotes } from '../../../notes/store';
import { deleteNote, saveNote } from '../../../notes/write';

const ARTICLE: NoteTarget = {
  kind: 'article',
  url: 'https://www.infobrand.id/pabrik-baru.phtml',
  title: 'Pabrik baru',
};
const ENTITY: NoteTarget = {
  kind: 'entity',
  key: 'person:agus gumiwang kartasasmita',
  name: 'Agus Gumiwang Kartasasmita',
};

beforeEach(() => {
  fakeBrowser.reset();
  forgetNoteItems();
});

describe('notes store', () => {
  it('keeps both notes when the popup and the notes page save at the same moment', async () => {
    const popup = saveNote(composeNote(ARTICLE, 'Catatan dari popup', null, 10));
    const notesPage = saveNote(composeNote(ENTITY, 'Catatan dari halaman catatan', null, 10));
    await Promise.all([popup, notesPage]);
    const texts = (await listNotes()).notes.map((n) => n.text).sort();
    expect(texts).toEqual(['Catatan dari halaman catatan', 'Catatan dari popup']);
  });

  it('gives one note per article, so a second save edits it instead of adding a rival', async () => {
    const first = composeNote(ARTICLE, 'versi pertama', null, 1);
    await saveNote(first);
    await saveNote(composeNote(ARTICLE, 'versi kedua', first, 2));
    const { notes } = await listNotes();
    expect(notes.map((n) => [n.text, n.created, n.updated])).toEqual([['versi kedua', 1, 2]]);
  });

  it('deletes, and the kept copy restores it (undo)', async () => {
    const note = composeNote(ARTICLE, 'hapus saya', null, 1);
    await saveNote(note);
    await deleteNote(note.id);
    expect((await listNotes()).notes).toEqual([]);
    await saveNote(note);
    expect((await listNotes()).notes).toEqual([note]);
  });

  it('reports a full disk as quota and leaves the stored note untouched', async () => {
    const note = composeNote(ARTICLE, 'aman', null, 1);
    await saveNote(note);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const result = await saveNote(composeNote(ARTICLE, 'tidak muat', note, 2));
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    expect((await listNotes()).notes).toEqual([note]);
  });

  it('keeps a damaged record in storage and lists it as unreadable', async () => {
    await fakeBrowser.storage.local.set({ 'note:rusak': { id: 'rusak', text: 42 }, 'note:rusak$': { v: 1 } });
    const list = await listNotes();
    expect(list).toEqual({ notes: [], unreadable: ['note:rusak'] });
    expect(await fakeBrowser.storage.local.get('note:rusak')).toEqual({ 'note:rusak': { id: 'rusak', text: 42 } });
  });

  it('treats a record from a newer Sorot as unreadable rather than guessing its shape', async () => {
    const note = composeNote(ARTICLE, 'dari versi baru', null, 1);
    await fakeBrowser.storage.local.set({ [`note:${note.id}`]: note, [`note:${note.id}$`]: { v: 99 } });
    expect((await listNotes()).unreadable).toEqual([`note:${note.id}`]);
  });

  it('tells watchers about writes from other pages', async () => {
    const onChange = vi.fn();
    const stop = watchNotes(onChange);
    await saveNote(composeNote(ARTICLE, 'baru', null, 1));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
    stop();
  });
});

describe('migration of the foundation scratch note', () => {
  it('moves the old single note into the store as a general note and removes the old key', async () => {
    await fakeBrowser.storage.local.set({ scratchNote: 'Catatan lama dari versi pertama', scratchNote$: { v: 1 } });
    await adoptScratchNote(5);
    const { notes } = await listNotes();
    expect(notes).toEqual([
      {
        id: 'g-general',
        target: { kind: 'general' },
        text: 'Catatan lama dari versi pertama',
        created: 5,
        updated: 5,
      },
    ]);
    expect(await fakeBrowser.storage.local.get(['scratchNote', 'scratchNote$'])).toEqual({});
  });

  it('keeps the old note when the new record cannot be written', async () => {
    await fakeBrowser.storage.local.set({ scratchNote: 'jangan hilang' });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await adoptScratchNote(5);
    expect(await fakeBrowser.storage.local.get('scratchNote')).toEqual({ scratchNote: 'jangan hilang' });
  });

  it('adds the old text after a general note that already exists, losing neither', async () => {
    await saveNote(composeNote({ kind: 'general' }, 'catatan baru', null, 1));
    await fakeBrowser.storage.local.set({ scratchNote: 'catatan lama' });
    await adoptScratchNote(5);
    expect((await listNotes()).notes.map((n) => n.text)).toEqual(['catatan baru\n\ncatatan lama']);
  });

  it('does nothing for an empty scratch note', async () => {
    await fakeBrowser.storage.local.set({ scratchNote: '' });
    await adoptScratchNote(5);
    expect((await listNotes()).notes).toEqual([]);
  });
});
