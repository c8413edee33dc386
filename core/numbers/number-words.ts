/** Indonesian and English number words → value (units and teens; "belas", "puluh", "ratus" are handled apart). */
export const DIGIT_WORDS = new Map<string, number>([
  ['nol', 0],
  ['satu', 1],
  ['dua', 2],
  ['tiga', 3],
  ['empat', 4],
  ['lima', 5],
  ['enam', 6],
  ['tujuh', 7],
  ['delapan', 8],
  ['sembilan', 9],
  ['sepuluh', 10],
  ['sebelas', 11],
  ['seratus', 100],
  ['seribu', 1000],
  ['sejuta', 1e6],
  ['setengah', 0.5],
  ['separuh', 0.5],
  ['seperempat', 0.25],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
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
  ['ribu', 1e3],
  ['ribuan', 1e3],
  ['rb', 1e3],
  ['thousand', 1e3],
  ['juta', 1e6],
  ['jutaan', 1e6],
  ['jt', 1e6],
  ['million', 1e6],
  ['miliar', 1e9],
  ['miliaran', 1e9],
  ['milyar', 1e9],
  ['billion', 1e9],
  ['triliun', 1e12],
  ['triliunan', 1e12],
  ['trilyun', 1e12],
  ['trillion', 1e12],
]);

/** Letters that scale an amount of rupiah in headlines and tables ("Rp 1,2 T", "Rp 500 M"), capital only. */
export const MONEY_SCALE_LETTERS = new Map<string, number>([
  ['M', 1e9],
  ['T', 1e12],
]);
