import { storage } from '@wxt-dev/storage';

/** A single free-text note kept in browser.storage.local; the full notes store replaces it. */
export const scratchNote = storage.defineItem<string>('local:scratchNote', { fallback: '', version: 1 });
