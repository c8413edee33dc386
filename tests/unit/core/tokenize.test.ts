import { describe, expect, it } from 'vitest';
import { capitalInside, tokenize } from '../../../core/tokenize';

/** What the Unicode classes make of a character: letter, mark, number, space or other. */
function unicodeClass(ch: string): string {
  if (/\p{L}/u.test(ch)) return 'letter';
  if (/\p{M}/u.test(ch)) return 'mark';
  if (/\p{N}/u.test(ch)) return 'number';
  return /\s/u.test(ch) ? 'space' : 'other';
}

/** What the tokenizer makes of a character, alone and after a letter. */
function tokenClass(ch: string): string {
  const alone = tokenize(ch).tokens;
  if (alone.length === 0) return 'space';
  if (alone[0]?.kind === 'word') return 'letter';
  if (alone[0]?.kind === 'number') return 'number';
  return tokenize(`a${ch}`).tokens.length === 1 ? 'mark' : 'other';
}

describe('tokenize', () => {
  it('classes Latin, combining accents and general punctuation as the Unicode properties do', () => {
    const ranges = [
      [0, 0x370],
      [0x2000, 0x2070],
    ];
    for (const [from, to] of ranges)
      for (let c = from as number; c < (to as number); c++) {
        const ch = String.fromCharCode(c);
        expect([c.toString(16), tokenClass(ch)]).toEqual([c.toString(16), unicodeClass(ch)]);
      }
  });

  it('keeps offsets and reads words, numbers and marks around curly quotes and dashes', () => {
    const text = '“Café 3,5%—naik,” ujar André';
    const { tokens, start, end } = tokenize(text);
    expect(tokens.map((t, i) => [t.text, t.kind, start[i], end[i]])).toEqual([
      ['“', 'punct', 0, 1],
      ['Café', 'word', 1, 5],
      ['3,5', 'number', 6, 9],
      ['%', 'punct', 9, 10],
      ['—', 'punct', 10, 11],
      ['naik', 'word', 11, 15],
      [',', 'punct', 15, 16],
      ['”', 'punct', 16, 17],
      ['ujar', 'word', 18, 22],
      ['André', 'word', 23, 28],
    ]);
  });

  it('collects the lower case of every text written without a capital, once, for "written in lower case too"', () => {
    const uncapitalised = new Set<string>();
    tokenize('Peritel menilai, kata peritel: Peritel 2025.', uncapitalised);
    expect([...uncapitalised].sort()).toEqual([',', '.', '2025', ':', 'kata', 'menilai', 'peritel']);
  });
});

describe('capitalInside', () => {
  it.each([
    ['GWh', true],
    ['McKinsey', true],
    ['kWh', true],
    ['Unit', false],
    ['A', false],
    ['ÉcoleÉ', true],
    ['Ékonomi', false],
    ['paŊa', true],
  ])('%s → %s, as /\\p{Lu}/u after the first character', (text, inside) => {
    expect(capitalInside(text)).toBe(inside);
    expect(/\p{Lu}/u.test(text.slice(1))).toBe(inside);
  });
});
