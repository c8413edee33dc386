import { describe, expect, it } from 'vitest';
import { parseNumeral } from '../../../core/numbers/parse-numeral';
import { readAmount } from '../../../core/numbers/read-amount';
import { tokenize } from '../../../core/tokenize';

describe('parseNumeral', () => {
  it.each([
    ['14.359', 14359],
    ['3,5', 3.5],
    ['8,18', 8.18],
    ['1.250.000', 1250000],
    ['1.250.000,75', 1250000.75],
    ['434.4', 434.4],
    ['1,250,000', 1250000],
    ['1,250,000.5', 1250000.5],
    ['2025', 2025],
  ])('%s → %d', (raw, value) => {
    expect(parseNumeral(raw)).toBe(value);
  });

  it('reads a lone comma before three digits as thousands when the text writes English numbers', () => {
    expect(parseNumeral('1,250', true)).toBe(1250);
    expect(parseNumeral('1,250')).toBe(1.25);
  });
});

describe('readAmount', () => {
  it.each([
    ['3 triliun', 3e12],
    ['1,1 juta', 1.1e6],
    ['300 ribu', 300000],
    ['setengah triliun', 0.5e12],
    ['dua ratus lima puluh', 250],
    ['dua belas', 12],
    ['satu setengah juta', 1.5e6],
    ['delapan', 8],
  ])('%s → %d', (text, value) => {
    expect(readAmount(tokenize(text), 0)?.value).toBe(value);
  });

  it('rejects words that are not numbers and phone-like digit runs', () => {
    expect(readAmount(tokenize('pabrik'), 0)).toBeNull();
    expect(readAmount(tokenize('081234567890'), 0)).toBeNull();
  });
});
