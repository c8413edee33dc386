import { afterEach, describe, expect, it, vi } from 'vitest';
import { Annotator } from '../../../page/annotate';
import { fakeExtract } from './fake-extract';
import { fixtureDocument } from './fixture';

const ARTICLE = 'https://www.infobrand.id/kemenperin-dorong-xiaomi-tambah-investasi-kendaraan-listrik.phtml';
const CHOICES = { showPlaces: false, showDates: false };

/** Stands in for the browser's IntersectionObserver: the test says when an element comes near the viewport. */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly observed = new Set<Element>();
  constructor(private readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  disconnect() {
    this.observed.clear();
  }
  /** The reader scrolled `el` near: the browser reports it if it is observed. */
  bringNear(el: Element) {
    if (this.observed.has(el)) this.report(el);
  }
  /** Delivers a report on `el` whether observed or not (one the browser queued before a disconnect). */
  report(el: Element) {
    this.callback([{ target: el, isIntersecting: true }]);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.last = null;
});

/**
 * The fixture with 400 more paragraphs naming the minister (far more than one frame's batch), the last 300 of them
 * laid out far below the viewport.
 */
function longArticle() {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  const doc = fixtureDocument('article-modern.html');
  const body = doc.querySelector('article p')?.parentElement as Element;
  const far: HTMLElement[] = [];
  for (let i = 0; i < 400; i++) {
    const p = doc.createElement('p');
    p.textContent = `Paragraf ${i}: Agus Gumiwang Kartasasmita meninjau pabrik baru. ${'Produksi terus bertambah. '.repeat(12)}`;
    body.appendChild(p);
    if (i >= 100) {
      p.getBoundingClientRect = () => ({ top: 50_000 + i * 100, bottom: 50_100 + i * 100 }) as DOMRect;
      far.push(p);
    }
  }
  const annotator = new Annotator({ doc, extract: fakeExtract, url: () => ARTICLE });
  return { doc, annotator, far, observer: () => FakeObserver.last as FakeObserver };
}

const officialIn = (p: Element) => p.querySelector('sorot-mark[data-kind="official"]');

describe('A long article: highlights near the viewport first, the rest as the reader nears them', () => {
  it('attaches what is near when the pass ends, and a far paragraph when it comes near', async () => {
    const { doc, annotator, far, observer } = longArticle();
    expect(await annotator.run('auto', CHOICES)).not.toBeNull();
    expect(doc.documentElement.dataset.sorot).toBe('ready');
    const near = [...doc.querySelectorAll('p')].filter(
      (p) => p.textContent?.startsWith('Paragraf ') && !far.includes(p),
    );
    expect(near).toHaveLength(100);
    for (const p of near) expect(officialIn(p)?.textContent).toBe('Agus Gumiwang Kartasasmita');
    for (const p of far) expect(officialIn(p)).toBeNull();
    expect(observer().observed.size).toBe(300);
    const p = far[150] as Element;
    observer().bringNear(p);
    expect(officialIn(p)?.textContent).toBe('Agus Gumiwang Kartasasmita');
    expect(observer().observed.has(p)).toBe(false);
    expect(officialIn(far[151] as Element)).toBeNull();
  });

  it('counts every mention, attached or waiting, and attaches a waiting one when asked for it', async () => {
    const { annotator, far, observer } = longArticle();
    await annotator.run('auto', CHOICES);
    const entity = (annotator.article?.extraction.persons ?? []).find((p) => p.official)?.id ?? '';
    const ids = annotator.ids(entity);
    // The fixture's own mentions and one per added paragraph, whether attached or not.
    expect(ids.length).toBeGreaterThan(400);
    const last = annotator.mark(entity, ids.at(-1));
    expect(last?.textContent).toBe('Agus Gumiwang Kartasasmita');
    expect(last?.closest('p')).toBe(far.at(-1));
    expect(observer().observed.has(far.at(-1) as Element)).toBe(false);
    expect(officialIn(far.at(-2) as Element)).toBeNull();
  });

  it('attaches everything still waiting before the page is printed, and nothing once turned off', async () => {
    const { doc, annotator, far, observer } = longArticle();
    const before = doc.body.innerHTML;
    await annotator.run('auto', CHOICES);
    doc.defaultView?.dispatchEvent(new Event('beforeprint'));
    for (const p of far) expect(officialIn(p)?.textContent).toBe('Agus Gumiwang Kartasasmita');
    expect(observer().observed.size).toBe(0);
    expect(await annotator.clearGradually()).toBe(true);
    doc.defaultView?.dispatchEvent(new Event('beforeprint'));
    expect(doc.body.innerHTML).toBe(before);
  });

  it('toggle-off restores the page exactly and leaves nothing waiting', async () => {
    const { doc, annotator, far, observer } = longArticle();
    const before = doc.body.innerHTML;
    await annotator.run('auto', CHOICES);
    observer().bringNear(far[10] as Element);
    expect(await annotator.clearGradually()).toBe(true);
    expect(doc.body.innerHTML).toBe(before);
    expect(observer().observed.size).toBe(0);
    // A report the browser had already queued, or a hover card's step to a mention, attaches nothing.
    for (const p of far) observer().report(p);
    expect(annotator.ids('p1')).toEqual([]);
    expect(annotator.mark('p1', '0')).toBeNull();
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.querySelector('sorot-mark')).toBeNull();
  });

  it('a paragraph the page rewrote keeps the page’s text when it comes near, unmarked', async () => {
    const { annotator, far, observer } = longArticle();
    await annotator.run('auto', CHOICES);
    const p = far[20] as Element;
    p.textContent = 'Paragraf ini ditulis ulang oleh halaman: Agus Gumiwang Kartasasmita.';
    observer().bringNear(p);
    expect(p.textContent).toBe('Paragraf ini ditulis ulang oleh halaman: Agus Gumiwang Kartasasmita.');
    expect(p.querySelector('sorot-mark')).toBeNull();
    expect(observer().observed.has(p)).toBe(false);
  });
});
