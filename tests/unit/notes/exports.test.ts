import { describe, expect, it } from 'vitest';
import { exportWebAnnotations } from '../../../notes/export-annotation';
import { exportMarkdown } from '../../../notes/export-markdown';
import type { Note } from '../../../notes/schema';

const URL = 'https://www.infobrand.id/pabrik-baru.phtml';
const NOTES: Note[] = [
  {
    id: 'p-1',
    target: {
      kind: 'passage',
      url: URL,
      title: 'Pabrik baru di Cikarang',
      quote: { exact: 'Rp 3 triliun', prefix: 'investasi ', suffix: '. Agus' },
      position: { start: 40, end: 52 },
    },
    text: 'Angka ini lebih besar dari rencana awal.',
    created: Date.UTC(2025, 9, 14),
    updated: Date.UTC(2025, 9, 15),
  },
  {
    id: 'e-1',
    target: { kind: 'entity', key: 'organization:kementerian perindustrian', name: 'Kementerian Perindustrian' },
    text: 'Sering jadi sumber angka investasi.',
    created: 0,
    updated: 0,
  },
];

describe('exportMarkdown', () => {
  it('puts passage notes under their article with the quote, and entity notes under the entity name', () => {
    const md = exportMarkdown(NOTES);
    expect(md).toContain(`## [Pabrik baru di Cikarang](${URL})\n\n- > Rp 3 triliun\n\n  Angka ini lebih besar`);
    expect(md).toContain('## Kementerian Perindustrian\n\n- Sering jadi sumber angka investasi.');
  });
});

describe('exportWebAnnotations', () => {
  it('writes W3C annotations with quote and position selectors', () => {
    const doc = JSON.parse(exportWebAnnotations(NOTES));
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.total).toBe(2);
    const passage = doc.first.items[0];
    expect(passage).toMatchObject({
      type: 'Annotation',
      modified: '2025-10-15T00:00:00.000Z',
      body: { type: 'TextualBody', value: 'Angka ini lebih besar dari rencana awal.' },
      target: {
        source: URL,
        selector: [
          { type: 'TextQuoteSelector', exact: 'Rp 3 triliun', prefix: 'investasi ', suffix: '. Agus' },
          { type: 'TextPositionSelector', start: 40, end: 52 },
        ],
      },
    });
    expect(doc.first.items[1].target.id).toBe('urn:sorot:entity:organization%3Akementerian%20perindustrian');
  });
});
