import { describe, expect, it } from 'vitest';
import { Annotator } from '../../../page/annotate';
import { fakeExtract } from './fake-extract';
import { fixtureDocument } from './fixture';

const ARTICLE = 'https://www.infobrand.id/kemenperin-dorong-xiaomi-tambah-investasi-kendaraan-listrik.phtml';
const CHOICES = { showPlaces: false, showDates: false };

function setup(name: string, url = ARTICLE) {
  const doc = fixtureDocument(name);
  return { doc, annotator: new Annotator({ doc, extract: fakeExtract, url: () => url }) };
}

describe('Annotator on the modern article fixture', () => {
  it('highlights every mention by kind in the title, lead and body, and nowhere else', async () => {
    const { doc, annotator } = setup('article-modern.html');
    const article = await annotator.run('auto', CHOICES);
    expect(article).not.toBeNull();
    expect(doc.documentElement.dataset.sorot).toBe('ready');
    const marks = [...doc.querySelectorAll<HTMLElement>('sorot-mark')];
    const kinds = new Set(marks.map((m) => m.dataset.kind));
    expect(kinds).toEqual(new Set(['official', 'organization', 'person', 'figure']));
    expect(doc.querySelector('h1 sorot-mark[data-entity="o1"]')).not.toBeNull();
    expect(doc.querySelector('.lead sorot-mark[data-kind="official"]')?.textContent).toBe('Agus Gumiwang Kartasasmita');
    expect(doc.querySelector('sorot-mark[data-kind="figure"]')?.textContent).toBe('Rp 3 triliun');
    for (const outside of [
      'header',
      'nav',
      'aside',
      'footer',
      'figcaption',
      'script',
      'textarea',
      '[contenteditable]',
      '.tags',
      '.ads-inline',
    ]) {
      expect(doc.querySelector(`${outside} sorot-mark`), outside).toBeNull();
    }
    expect(doc.querySelector('p:has(> strong) sorot-mark')).toBeNull();
    expect(doc.querySelectorAll('sorot-mark[data-kind="place"]')).toHaveLength(0);
  });

  it('clear() restores the body exactly and removes the styles', async () => {
    const { doc, annotator } = setup('article-modern.html');
    const before = doc.body.innerHTML;
    const head = doc.head.innerHTML;
    await annotator.run('auto', CHOICES);
    expect(doc.body.innerHTML).not.toBe(before);
    annotator.clear();
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.head.innerHTML).toBe(head);
  });

  it('running twice gives the same marks, never nested', async () => {
    const { doc, annotator } = setup('article-modern.html');
    await annotator.run('auto', CHOICES);
    const first = doc.body.innerHTML;
    await annotator.run('auto', CHOICES);
    expect(doc.querySelector('sorot-mark sorot-mark')).toBeNull();
    expect(doc.body.innerHTML).toBe(first);
  });

  it('shows places when the reader turned them on', async () => {
    const { doc, annotator } = setup('article-modern.html');
    await annotator.run('auto', { showPlaces: true, showDates: false });
    expect(doc.querySelector('sorot-mark[data-kind="place"]')?.textContent).toBe('Beijing');
  });

  it('a pass superseded by clear() leaves nothing behind', async () => {
    const { doc, annotator } = setup('article-modern.html');
    const before = doc.body.innerHTML;
    const pass = annotator.run('auto', CHOICES);
    annotator.clear();
    await pass;
    annotator.clear();
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('Annotator on a long article', () => {
  /** The fixture with `count` more paragraphs naming the minister: far more text than one frame's batch. */
  function longArticle(count: number) {
    const { doc, annotator } = setup('article-modern.html');
    const body = doc.querySelector('article p')?.parentElement as Element;
    for (let i = 0; i < count; i++) {
      const p = doc.createElement('p');
      p.textContent = `Paragraf ${i}: Agus Gumiwang Kartasasmita meninjau pabrik baru. ${'Produksi terus bertambah. '.repeat(12)}`;
      body.appendChild(p);
    }
    return { doc, annotator };
  }

  it('puts every highlight in, batch after batch across frames', async () => {
    const { doc, annotator } = longArticle(400);
    const article = await annotator.run('auto', CHOICES);
    expect(article?.map.text.length).toBeGreaterThan(100_000);
    const extra = [...doc.querySelectorAll('p')].filter((p) => p.textContent?.startsWith('Paragraf '));
    expect(extra).toHaveLength(400);
    for (const p of extra)
      expect(p.querySelector('sorot-mark[data-kind="official"]')?.textContent).toBe('Agus Gumiwang Kartasasmita');
  });

  it('a pass cleared while its batches wait for frames leaves the page as it was', async () => {
    const { doc, annotator } = longArticle(400);
    const before = doc.body.innerHTML;
    const pass = annotator.run('auto', CHOICES);
    await new Promise((resolve) => setTimeout(resolve, 0));
    while (doc.querySelector('sorot-mark') === null) await new Promise((resolve) => setTimeout(resolve, 1));
    annotator.clear();
    expect(await pass).toBeNull();
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('Annotator on pages that are not articles', () => {
  it.each([
    ['category.html', 'https://www.infobrand.id/kategori/brand-news.phtml'],
    ['home.html', 'https://www.infobrand.id/'],
    ['search.html', 'https://www.infobrand.id/search?q=agus'],
  ])('%s gets no highlights but is marked ready', async (name, url) => {
    const { doc, annotator } = setup(name, url);
    expect(await annotator.run('auto', CHOICES)).toBeNull();
    expect(doc.querySelectorAll('sorot-mark')).toHaveLength(0);
    expect(doc.documentElement.dataset.sorot).toBe('ready');
  });

  it('an article elsewhere is annotated only when the reader asks', async () => {
    const { doc, annotator } = setup('article-modern.html', 'https://berita.example.com/2025/10/xiaomi-listrik');
    expect(await annotator.run('asked', CHOICES)).not.toBeNull();
    expect(doc.querySelectorAll('sorot-mark').length).toBeGreaterThan(3);
  });
});

describe('Annotator on a page that changes', () => {
  it('re-reads the known body after a change, and detects again once the body is gone', async () => {
    const { doc, annotator } = setup('article-modern.html');
    await annotator.run('auto', CHOICES);
    const body = annotator.article?.parts.body;
    const p = doc.createElement('p');
    p.textContent = 'Belakangan, Wentao Zhao menyebut Xiaomi siap menambah investasi Rp 3 triliun lagi.';
    body?.appendChild(p);
    await annotator.run('auto', CHOICES);
    expect(annotator.article?.parts.body).toBe(body);
    expect(p.querySelector('sorot-mark[data-kind="person"]')?.textContent).toBe('Wentao Zhao');
    body?.remove();
    await annotator.run('auto', CHOICES);
    expect(annotator.article?.parts.body).not.toBe(body);
  });
});
