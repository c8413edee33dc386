import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../components/i18n';
import { syncMessage } from '../../../entrypoints/notes/sync-message';
import en from '../../../public/_locales/en/messages.json';

const t = translatorFor(en);

describe('syncMessage', () => {
  it('tells the reader the notes exceed what browser sync holds, and that they are safe', () => {
    const outcome = {
      at: 0,
      pulled: 0,
      saved: { ok: true } as const,
      fit: { fits: false, limit: 'total', bytes: 150_000 } as const,
    };
    const message = syncMessage(outcome, t, 'en');
    expect(message).toEqual({
      error: true,
      text: 'Not synced: your notes take 147 KB, browser sync holds 100 KB. They stay safe in this browser.',
    });
  });

  it('names the per-note limit for one oversized note', () => {
    const fit = { fits: false, limit: 'perItem', bytes: 9_000, noteId: 'a-1' } as const;
    expect(syncMessage({ at: 0, pulled: 0, saved: { ok: true }, fit }, t, 'en').text).toMatch(
      /one note takes 9 KB.*8 KB per note/,
    );
  });

  it('reports a synced round with its size', () => {
    const outcome = {
      at: Date.UTC(2025, 10, 4),
      pulled: 0,
      saved: { ok: true } as const,
      fit: { fits: true, bytes: 2_048 } as const,
    };
    expect(syncMessage(outcome, t, 'en')).toMatchObject({
      error: false,
      text: expect.stringMatching(/^Synced .*\(2 KB of 100 KB\)\.$/),
    });
  });
});
