import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Extraction, Person } from '../../../core/types';
import { getEntityNote, setEntityNote } from '../../../notes/entity-note';
import { forgetNoteItems } from '../../../notes/note-item';
import { recordSeen } from '../../../notes/seen';
import { listNotes } from '../../../notes/store';

const agus = (name: string): Person => ({
  id: 'p1',
  name,
  aliases: [],
  role: 'Menteri Perindustrian',
  official: true,
  affiliation: null,
  mentions: [{ start: 0, end: name.length }],
});
const naming = (...persons: Person[]): Extraction => ({
  persons,
  organizations: [],
  places: [],
  figures: [],
  quotes: [],
  dates: [],
});

beforeEach(() => {
  fakeBrowser.reset();
  forgetNoteItems();
});

describe('entity notes', () => {
  it('follow a person to another article and count the articles that name them', async () => {
    await setEntityNote('person', 'Agus Gumiwang Kartasasmita', 'Menperin sejak 2019.');
    await recordSeen('https://www.infobrand.id/satu.phtml', naming(agus('Agus Gumiwang Kartasasmita')));
    await recordSeen('https://www.infobrand.id/dua.phtml', naming(agus('AGUS GUMIWANG KARTASASMITA')));
    await recordSeen('https://www.infobrand.id/tiga.phtml', naming(agus('Bahlil Lahadalia')));
    // Recording the same article again does not count it twice.
    await recordSeen('https://www.infobrand.id/satu.phtml', naming(agus('Agus Gumiwang Kartasasmita')));
    expect(await getEntityNote('person', 'Agus  Gumiwang Kartasasmita')).toMatchObject({
      text: 'Menperin sejak 2019.',
      seenIn: 2,
    });
  });

  it('is removed when saved empty, and absent for people without one', async () => {
    await setEntityNote('organization', 'Kementerian Perindustrian', 'Sumber data ekspor.');
    await setEntityNote('organization', 'Kementerian Perindustrian', '  ');
    expect((await listNotes()).notes).toEqual([]);
    expect(await getEntityNote('organization', 'Kementerian Perindustrian')).toBeNull();
  });
});
