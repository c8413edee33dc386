import { describe, expect, it } from 'vitest';
import { anchorPassage, describePassage } from '../../../notes/anchoring';

const ARTICLE =
  'Menteri Perindustrian Agus Gumiwang Kartasasmita meresmikan pabrik baru di Cikarang. ' +
  'Pabrik itu menyerap 1.200 pekerja dan menelan investasi Rp 3 triliun. ' +
  'Agus berharap pabrik itu menjadi contoh bagi industri lain.';

function selectorsOf(passage: string, text = ARTICLE) {
  const start = text.indexOf(passage);
  return describePassage(text, start, start + passage.length);
}

describe('describePassage', () => {
  it('keeps the passage, 32 characters of context on each side and its offsets', () => {
    const { quote, position } = selectorsOf('menelan investasi Rp 3 triliun');
    expect(quote.exact).toBe('menelan investasi Rp 3 triliun');
    expect(quote.prefix).toBe(ARTICLE.slice(position.start - 32, position.start));
    expect(quote.suffix).toBe(ARTICLE.slice(position.end, position.end + 32));
  });
});

describe('anchorPassage', () => {
  const passage = 'menyerap 1.200 pekerja';
  const { quote, position } = selectorsOf(passage);
  const cases: Array<{ name: string; text: string; how: 'position' | 'quote' | 'fuzzy' | null; found?: string }> = [
    { name: 'unchanged page', text: ARTICLE, how: 'position', found: passage },
    { name: 'text added before', text: `JAKARTA, INFOBRAND.ID — ${ARTICLE}`, how: 'quote', found: passage },
    {
      name: 'the passage itself edited a little',
      text: ARTICLE.replace('menyerap 1.200 pekerja', 'menyerap 1.250 pekerja'),
      how: 'fuzzy',
      found: 'menyerap 1.250 pekerja',
    },
    { name: 'passage removed', text: ARTICLE.replace('Pabrik itu menyerap 1.200 pekerja dan ', ''), how: null },
  ];
  for (const c of cases) {
    it(`${c.name} → ${c.how ?? 'orphaned'}`, () => {
      const anchor = anchorPassage(c.text, quote, position);
      expect(anchor?.how ?? null).toBe(c.how);
      if (anchor && c.found) expect(c.text.slice(anchor.start, anchor.end)).toBe(c.found);
    });
  }

  it('picks the repeated phrase whose context matches, not the first one', () => {
    const text =
      'Pabrik itu besar. Kata Agus, pabrik itu menjadi contoh. Menurut Budi, pabrik itu menjadi contoh lain.';
    const start = text.lastIndexOf('pabrik itu menjadi contoh');
    const { quote: q, position: p } = describePassage(text, start, start + 25);
    const edited = `Pembukaan. ${text}`;
    const anchor = anchorPassage(edited, q, p);
    expect(anchor?.start).toBe(edited.lastIndexOf('pabrik itu menjadi contoh'));
  });
});
