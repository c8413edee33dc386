/** The blank-separated words, counted up from `first` ("nol satu dua" from 0). */
function counted(words: string, first: number): [string, number][] {
  return words.split(' ').map((word, i) => [word, first + i]);
}

/** The blank-separated words, each worth `value`. */
function valued(words: string, value: number): [string, number][] {
  return words.split(' ').map((word) => [word, value]);
}

/** Indonesian and English number words → value (units and teens; "belas", "puluh", "ratus" are handled apart). */
export const DIGIT_WORDS = new Map<string, number>([
  ...counted('nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas', 0),
  ['seratus', 100],
  ['seribu', 1000],
  ['sejuta', 1e6],
  ['setengah', 0.5],
  ['separuh', 0.5],
  ['seperempat', 0.25],
  ...counted('one two three four five six seven eight nine ten', 1),
]);

/** Words that multiply what comes before inside one number ("dua puluh", "tiga ratus"). */
export const SMALL_MULTIPLIERS = new Map<string, number>([
  ['belas', 10],
  ['puluh', 10],
  ['ratus', 100],
  ['hundred', 100],
]);

/** Scale words after a number ("3 triliun", "1,1 juta"). */
export const SCALES = new Map<string, number>([
  ...valued('ribu ribuan rb thousand', 1e3),
  ...valued('juta jutaan jt million', 1e6),
  ...valued('miliar miliaran milyar billion', 1e9),
  ...valued('triliun triliunan trilyun trillion', 1e12),
]);

/** Letters that scale an amount of rupiah in headlines and tables ("Rp 1,2 T", "Rp 500 M"), capital only. */
export const MONEY_SCALE_LETTERS = new Map<string, number>([
  ['M', 1e9],
  ['T', 1e12],
]);
