// The storage layout of notes, without the storage library: the content script writes entity notes by these keys
// and must not carry @wxt-dev/storage (3 KB gzip of its 60 KB budget) for three constants.

/** Version of the per-note record; bump it and add a migration to NOTE_MIGRATIONS (note-item.ts) when the shape changes. */
export const NOTE_RECORD_VERSION = 1;

/** Storage keys of notes start with this (after the `local:` area prefix). */
export const NOTE_KEY_PREFIX = 'note:';
/** WXT storage keeps an item's version under its key plus this suffix. */
export const NOTE_META_SUFFIX = '$';
