import { describe, expect, it } from 'vitest';
import { exportJson, parseNotesFile, planImport } from '../../../notes/notes-file';
import type { Note } from '../../../notes/schema';

const NOTES: Note[] = [
  {
    id: 'a-1',
    target: { kind: 'article', url: 'https://www.infobrand.id/pabrik-baru.phtml', title: 'Pabrik baru' },
    text: 'Bandingkan dengan laporan tahun lalu.',
    created: 1,
    updated: 2,
  },
  {
    id: 'e-1',
    target: { kind: 'entity', key: 'person:agus gumiwang kartasasmita', name: 'Agus Gumiwang Kartasasmita' },
    text: 'Menteri Perindustrian sejak 2019.',
    created: 3,
    updated: 3,
  },
];

describe('parseNotesFile', () => {
  it('reads back what exportJson wrote', () => {
    expect(parseNotesFile(exportJson(NOTES))).toEqual({ ok: true, notes: NOTES });
  });

  const refusals: Array<[string, string, RegExp]> = [
    ['not JSON', '{"format": "sorot-notes", ', /^not JSON/],
    ['a foreign JSON file', '{"type": "AnnotationCollection"}', /not a Sorot notes file/],
    [
      'a newer version',
      exportJson(NOTES).replace('"version": 1', '"version": 9'),
      /file\.version: made by a newer Sorot/,
    ],
    [
      'a note with a broken URL',
      exportJson(NOTES).replace('https://www.infobrand.id/pabrik-baru.phtml', 'bukan url'),
      /file\.notes\[0\]\.target\.url/,
    ],
    [
      'a note without text',
      exportJson(NOTES).replace('"text": "Menteri Perindustrian sejak 2019.",', ''),
      /notes\[1\]\.text/,
    ],
    ['the same id twice', exportJson([NOTES[0] as Note, NOTES[0] as Note]), /id "a-1" appears twice/],
  ];
  for (const [name, content, problem] of refusals) {
    it(`refuses ${name}, naming the problem`, () => {
      const parsed = parseNotesFile(content);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problem).toMatch(problem);
    });
  }
});

describe('planImport', () => {
  it('writes nothing when the same notes are imported again', () => {
    expect(planImport(NOTES, NOTES)).toEqual({ write: [], unchanged: 2 });
  });
  it('takes an imported note only when it was edited later than ours', () => {
    const newer = { ...(NOTES[0] as Note), text: 'Sudah dibandingkan.', updated: 10 };
    const older = { ...(NOTES[1] as Note), text: 'Versi lama.', updated: 1 };
    expect(planImport(NOTES, [newer, older]).write).toEqual([newer]);
  });
});
