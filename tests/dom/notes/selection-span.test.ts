import { describe, expect, it } from 'vitest';
import { type MappedRun, selectionSpan } from '../../../notes/selection-span';

/** Runs for every text node under `root`, joined with "\n" between paragraphs, as the page's text map does. */
function runsOf(root: Element): { text: string; runs: MappedRun[] } {
  const runs: MappedRun[] = [];
  let text = '';
  for (const p of root.querySelectorAll('p')) {
    if (text) text += '\n';
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = (node as Text).data;
      runs.push({ start: text.length, length: data.length, node, offset: 0 });
      text += data;
    }
  }
  return { text, runs };
}

describe('selectionSpan', () => {
  document.body.innerHTML =
    '<nav>Beranda</nav><article><p>Menteri <strong>Agus Gumiwang</strong> meresmikan pabrik.</p>' +
    '<p>Investasinya Rp 3 triliun.</p></article>';
  const { text, runs } = runsOf(document.querySelector('article') as Element);

  it('maps a selection across an inline element to the article text', () => {
    const strong = document.querySelector('strong')?.firstChild as Text;
    const after = strong.parentNode?.nextSibling as Text;
    const range = document.createRange();
    range.setStart(strong, 5);
    range.setEnd(after, 11);
    const span = selectionSpan({ text, segments: runs }, range);
    expect(span && text.slice(span.start, span.end)).toBe('Gumiwang meresmikan');
  });

  it('maps a selection spanning two paragraphs', () => {
    const first = document.querySelector('p')?.lastChild as Text;
    const second = document.querySelectorAll('p')[1]?.firstChild as Text;
    const range = document.createRange();
    range.setStart(first, 1);
    range.setEnd(second, 11);
    const span = selectionSpan({ text, segments: runs }, range);
    expect(span && text.slice(span.start, span.end)).toBe('meresmikan pabrik.\nInvestasiny');
  });

  it('gives null for a selection outside the article', () => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('nav') as Element);
    expect(selectionSpan({ text, segments: runs }, range)).toBeNull();
  });
});

describe('selectionSpan after highlighting', () => {
  it('finds the right one of two equal phrases after the mapped nodes were replaced', () => {
    document.body.innerHTML =
      '<article><p>Kata Agus, pabrik itu penting.</p><p>Kata Budi, pabrik itu penting.</p></article>';
    const { text, runs } = runsOf(document.querySelector('article') as Element);
    // What a highlighter does: swap the first paragraph's text node for pieces with the same text.
    const first = document.querySelector('p') as Element;
    first.innerHTML = 'Kata <sorot-mark>Agus</sorot-mark>, pabrik itu penting.';
    const second = document.querySelectorAll('p')[1]?.firstChild as Text;
    const range = document.createRange();
    range.setStart(second, 11);
    range.setEnd(second, 29);
    const span = selectionSpan({ text, segments: runs }, range);
    expect(span).toEqual({
      start: text.lastIndexOf('pabrik itu penting'),
      end: text.lastIndexOf('pabrik itu penting') + 18,
    });
    range.setStart(first.lastChild as Text, 2);
    range.setEnd(first.lastChild as Text, 20);
    expect(selectionSpan({ text, segments: runs }, range)?.start).toBe(text.indexOf('pabrik itu penting'));
  });
});
