import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { watchNotes } from './store';
import { notesSyncEnabled, type SyncOutcome, syncNotes } from './sync';

/** The last sync round's outcome, for the notes page to show (null before the first round). */
export const lastSync = storage.defineItem<(SyncOutcome & { at: number }) | null>('local:notesSyncStatus', {
  fallback: null,
  version: 1,
});

/** Runs a sync round now when the reader turned sync on, and records its outcome. */
export async function syncIfEnabled(now: () => number = Date.now): Promise<void> {
  if (!(await notesSyncEnabled.getValue())) return;
  const outcome = await syncNotes();
  await lastSync.setValue({ ...outcome, at: now() });
}

/**
 * Keeps storage.sync in step from the background: after local note changes (batched over `delayMs`), when
 * another browser's notes arrive, and when the reader turns sync on.
 */
export function startNotesSync(delayMs = 2000): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void syncIfEnabled(), delayMs);
  };
  const stopLocal = watchNotes(soon);
  const stopSetting = notesSyncEnabled.watch((on) => {
    if (on) soon();
  });
  const onRemote = (_changes: unknown, area: string) => {
    if (area === 'sync') soon();
  };
  browser.storage.onChanged.addListener(onRemote);
  return () => {
    clearTimeout(timer);
    stopLocal();
    stopSetting();
    browser.storage.onChanged.removeListener(onRemote);
  };
}
