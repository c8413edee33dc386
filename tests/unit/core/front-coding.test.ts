import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frontDecode, frontEncode } from '../../../core/gazetteer/front-coding';
import { GIVEN_NAMES } from '../../../core/gazetteer/given-names';
import { MINISTRY_LINES } from '../../../core/gazetteer/ministries';
import { COMPANY_LINES, GOVERNMENT_LINES, OTHER_LINES } from '../../../core/gazetteer/organizations';
import { PLACE_LINES } from '../../../core/gazetteer/places';
import { COMMON } from '../../../core/lexicon';

describe('front coding of the word lists', () => {
  it.each([
    [
      ['abad', 'abang', 'abu', 'ac', 'acara'],
      ['0abad', '3ng', '2u', '1c', '2ara'],
    ],
    [
      ['menteri', 'menteri', 'kementerian'],
      ['0menteri', '7', '0kementerian'],
    ],
    [
      ['administrasi', 'administratif'],
      ['0administrasi', '9atif'],
    ],
    [[], []],
  ])('%j is written %j and read back', (words, tokens) => {
    expect(frontEncode(words)).toEqual(tokens);
    expect(frontDecode(tokens.join(''))).toEqual(words);
  });

  it('reads a run of tokens with no blanks between them', () => {
    expect(frontDecode('0bank4ir3tan1ea')).toEqual(['bank', 'bankir', 'bantan', 'bea']);
  });

  it('reads back any list of lower-case words it wrote', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z’]{1,12}$/)), (words) => {
        const sorted = [...words].sort();
        expect(frontDecode(frontEncode(sorted).join(''))).toEqual(sorted);
      }),
    );
  });

  it('gives the lexicon its everyday words', () => {
    for (const word of ['adalah', 'administratif', 'pemerintah', 'lalu', 'perkeretaapian'])
      expect(COMMON.has(word)).toBe(true);
    expect(COMMON.has('jokowi')).toBe(false);
    expect(COMMON.size).toBe(1354);
  });
});

describe('front-coded gazetteers', () => {
  it.each([
    ['ministries', MINISTRY_LINES],
    ['state bodies', GOVERNMENT_LINES],
    ['companies', COMPANY_LINES],
    ['other bodies', OTHER_LINES],
    ['places', PLACE_LINES],
    ['given names', GIVEN_NAMES],
  ])('writes each of the %s with the longest start it shares with the line above', (_, lines) => {
    const names = frontDecode(lines);
    expect(frontEncode(names).join('')).toBe(lines);
    for (const name of names) expect(name).toMatch(/^\S(.*\S)?$/);
  });
});
