import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { composeNote } from '../../../notes/compose';
import { importNotes } from '../../../notes/import-notes';
import { forgetNoteItems } from '../../../notes/note-item';
import { exportJson } from '../../../notes/notes-file';
import type { NoteTarget } from '../../../notes/schema';
import { listNotes } from '../../../notes/store';
import { checkSyncFit, notesSyncEnabled, syncNotes } from '../../../notes/sync';
import { lastSync, syncIfEnabled } from '../../../notes/sync-runner';
import { deleteNote, restoreNote, saveNote } from '../../../notes/write';

const target = (n: number): NoteTarget => ({
  kind: 'article',
  url: `https://www.infobrand.id/artikel-${n}.phtml`,
  title: `Artikel ${n}`,
});

beforeEach(() => {
  fakeBrowser.reset();
  forgetNoteItems();
});

describe('storage.sync mirror', () => {
  it('copies local notes out and notes from another browser in', async () => {
    const ours = composeNote(target(1), 'dari laptop', null, 1);
    const theirs = composeNote(target(2), 'dari kantor', null, 2);
    await saveNote(ours);
    await fakeBrowser.storage.sync.set({ [`note:${theirs.id}`]: theirs });
    const outcome = await syncNotes();
    expect(outcome).toMatchObject({ fit: { fits: true }, pulled: 1, saved: { ok: true } });
    expect((await listNotes()).notes.map((n) => n.text).sort()).toEqual(['dari kantor', 'dari laptop']);
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).sort()).toEqual(
      [`note:${ours.id}`, `note:${theirs.id}`].sort(),
    );
  });

  it('refuses a note over 8 KB and leaves storage.sync as it was', async () => {
    const big = composeNote(target(1), 'kata '.repeat(2000), null, 1);
    await saveNote(big);
    const outcome = await syncNotes();
    expect(outcome.fit).toMatchObject({ fits: false, limit: 'perItem', noteId: big.id });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('refuses notes that together pass 100 KB', () => {
    const notes = Array.from({ length: 30 }, (_, i) => composeNote(target(i), 'isi '.repeat(1000), null, 1));
    expect(checkSyncFit(notes)).toMatchObject({ fits: false, limit: 'total' });
  });
});

describe('deletions through storage.sync', () => {
  const noteKeys = async (area: 'local' | 'sync') =>
    Object.keys(await fakeBrowser.storage[area].get(null)).filter((k) => /^note:[\w-]+$/.test(k));

  it('a note deleted here is removed from storage.sync, not copied back', async () => {
    const note = composeNote(target(1), 'hapus saya', null, 1);
    await saveNote(note);
    await syncNotes(10);
    await deleteNote(note.id, 20);
    await syncNotes(30);
    expect((await listNotes()).notes).toEqual([]);
    expect(await noteKeys('sync')).toEqual([]);
    expect(await fakeBrowser.storage.sync.get(`deleted:${note.id}`)).toEqual({ [`deleted:${note.id}`]: 20 });
  });

  it('a note deleted in another browser goes here too, unless it was edited here afterwards', async () => {
    const gone = composeNote(target(1), 'dihapus di kantor', null, 1);
    const edited = composeNote(target(2), 'diubah di laptop', null, 1);
    await saveNote(gone);
    await saveNote({ ...edited, updated: 50 });
    await fakeBrowser.storage.sync.set({ [`deleted:${gone.id}`]: 40, [`deleted:${edited.id}`]: 40 });
    await syncNotes(60);
    expect((await listNotes()).notes.map((n) => n.text)).toEqual(['diubah di laptop']);
    expect(await noteKeys('sync')).toEqual([`note:${edited.id}`]);
  });

  it('undo brings a deleted note back for good, even after the deletion was synced', async () => {
    const note = composeNote(target(1), 'jangan hilang', null, 1);
    await saveNote(note);
    await deleteNote(note.id, 20);
    await syncNotes(30);
    await restoreNote(note, 40);
    await syncNotes(50);
    expect((await listNotes()).notes.map((n) => [n.text, n.updated])).toEqual([['jangan hilang', 40]]);
    expect(await noteKeys('sync')).toEqual([`note:${note.id}`]);
  });

  it('an imported note that was deleted here comes back for good', async () => {
    const note = composeNote(target(1), 'dari cadangan', null, 1);
    await saveNote(note);
    const file = exportJson([note]);
    await deleteNote(note.id, 20);
    await syncNotes(25);
    expect(await importNotes(file, 30)).toMatchObject({ ok: true, written: 1 });
    await syncNotes(40);
    expect((await listNotes()).notes.map((n) => [n.text, n.updated])).toEqual([['dari cadangan', 30]]);
    expect(await noteKeys('sync')).toEqual([`note:${note.id}`]);
  });

  it('forgets deletions after the retention time', async () => {
    await fakeBrowser.storage.local.set({ 'deleted:lama': 0 });
    await syncNotes(61 * 24 * 3600 * 1000);
    expect(await fakeBrowser.storage.local.get('deleted:lama')).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});

describe('syncIfEnabled', () => {
  it('leaves storage.sync alone until the reader turns sync on, then records the outcome', async () => {
    await saveNote(composeNote(target(1), 'catatan', null, 1));
    await syncIfEnabled(() => 7);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await lastSync.getValue()).toBeNull();
    await notesSyncEnabled.setValue(true);
    await syncIfEnabled(() => 7);
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toHaveLength(1);
    expect(await lastSync.getValue()).toMatchObject({ at: 7, fit: { fits: true }, saved: { ok: true } });
  });
});
