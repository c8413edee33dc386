import type { Figure } from '../core/types';

const SYMBOL: Record<string, string> = { IDR: 'Rp', USD: 'US$', CNY: 'CN¥', EUR: '€', SGD: 'S$', JPY: '¥', MYR: 'RM' };
const CURRENCY_WORD: Record<string, string> = {
  IDR: 'rupiah',
  USD: 'dolar AS',
  CNY: 'yuan',
  EUR: 'euro',
  SGD: 'dolar Singapura',
  JPY: 'yen',
  MYR: 'ringgit',
};
const SCALES: [number, string][] = [
  [1e12, 'triliun'],
  [1e9, 'miliar'],
  [1e6, 'juta'],
  [1e3, 'ribu'],
];

// Made on first use and kept per locale: building a NumberFormat loads the locale's ICU data, 10+ ms at
// content-script load otherwise, and the content script only needs it when a hover card shows a figure.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: string): Intl.NumberFormat {
  let made = formatters.get(locale);
  if (!made) {
    made = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    formatters.set(locale, made);
  }
  return made;
}
const inIndonesian = (n: number) => formatter('id-ID').format(n);

/** "3 triliun", "1,2 miliar", "750"; the scale word of the larger end is used for both ends of a range. */
function inWords(values: number[]): string {
  const top = Math.max(...values.map(Math.abs));
  const scale = SCALES.find(([size]) => top >= size);
  if (!scale) return values.map(inIndonesian).join('–');
  return `${values.map((v) => inIndonesian(v / scale[0])).join('–')} ${scale[1]}`;
}

/** How the hover card and the popup state a figure: its exact value and the same value in words. */
export interface FigureText {
  /** The exact value with the reader's digit grouping ("Rp 3.000.000.000.000", "12%", "50.000 unit" in Indonesian). */
  exact: string;
  /** The value in Indonesian words ("3 triliun rupiah", "12 persen", "50 ribu unit"). */
  words: string;
}

/**
 * States a figure's normalised value, e.g. Rp 3 triliun → "Rp 3.000.000.000.000" and "3 triliun rupiah". The exact
 * value follows the reader's `locale` for digit grouping; the words stay Indonesian, the language of the article.
 */
export function formatFigure(f: Pick<Figure, 'kind' | 'value' | 'valueTo' | 'unit'>, locale = 'id-ID'): FigureText {
  const full = formatter(locale);
  const values = f.valueTo === undefined ? [f.value] : [f.value, f.valueTo];
  if (f.kind === 'percent') {
    const n = values.map((v) => full.format(v)).join('–');
    return { exact: `${n}%`, words: `${n} persen` };
  }
  if (f.kind === 'money') {
    const symbol = SYMBOL[f.unit] ?? f.unit;
    return {
      exact: values.map((v) => `${symbol} ${full.format(v)}`).join(' – '),
      words: `${inWords(values)} ${CURRENCY_WORD[f.unit] ?? f.unit}`,
    };
  }
  return { exact: `${values.map((v) => full.format(v)).join('–')} ${f.unit}`, words: `${inWords(values)} ${f.unit}` };
}
