import type { Extraction, Mention } from '../../../core/types';

function find(text: string, word: string): Mention[] {
  const out: Mention[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    out.push({ start: at, end: at + word.length });
  }
  return out;
}

/** A stand-in for core's extract(): finds a few fixed names by plain search, so page tests control the offsets. */
export function fakeExtract(text: string): Extraction {
  return {
    persons: [
      {
        id: 'p1',
        name: 'Agus Gumiwang Kartasasmita',
        aliases: ['Agus'],
        role: 'Menteri Perindustrian',
        official: true,
        affiliation: 'Kementerian Perindustrian',
        mentions: [...find(text, 'Agus Gumiwang Kartasasmita'), ...find(text, 'Agus.')].sort(
          (a, b) => a.start - b.start,
        ),
      },
      {
        id: 'p2',
        name: 'Wentao Zhao',
        aliases: [],
        role: 'Country Director',
        official: false,
        affiliation: 'Xiaomi Indonesia',
        mentions: find(text, 'Wentao Zhao'),
      },
    ],
    organizations: [{ id: 'o1', name: 'Xiaomi', aliases: [], kind: 'company', mentions: find(text, 'Xiaomi') }],
    places: [{ id: 'l1', name: 'Beijing', aliases: [], mentions: find(text, 'Beijing') }],
    figures: [
      {
        id: 'f1',
        text: 'Rp 3 triliun',
        kind: 'money',
        value: 3e12,
        unit: 'IDR',
        subject: null,
        measure: 'investasi',
        period: 'semester I 2025',
        mentions: find(text, 'Rp 3 triliun'),
      },
    ],
    quotes: [],
    dates: [],
  };
}
