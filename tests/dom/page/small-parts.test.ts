import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatFigure } from '../../../components/figure-format';
import { placeCard } from '../../../page/card-position';
import { chunkBounds, extractInChunks } from '../../../page/chunked-extract';
import { isFurniture } from '../../../page/exclude';
import { pickSite } from '../../../page/sites/index';
import { infobrand } from '../../../page/sites/infobrand';
import { firstAhead, TaskBudget } from '../../../page/yield';
import { DEFAULT_SETTINGS, toggleSite } from '../../../settings/annotation-settings';
import { fakeExtract } from './fake-extract';

describe('pickSite and the INFOBRAND adapter', () => {
  it.each([
    ['https://www.infobrand.id/xiaomi-diajak-bangun-pabrik-mobil-listrik-di-indonesia.phtml', true],
    ['https://infobrand.id/brand-lokal-makin-berani-ekspor.phtml', true],
    ['https://siaranpers.infobrand.id/public/peluncuran-produk-baru-di-jakarta.phtml', true],
    ['https://www.infobrand.id/', false],
    ['https://www.infobrand.id/kategori/brand-news.phtml', false],
    ['https://www.infobrand.id/tag/xiaomi', false],
    ['https://www.infobrand.id/indeks.phtml', false],
    ['https://www.infobrand.id/search?q=xiaomi', false],
    ['https://www.infobrand.id/tag/xiaomi-baru-rilis.phtml', false],
    ['https://www.infobrand.id/Xiaomi-Diajak-Bangun-Pabrik.PHTML', true],
    ['https://www.infobrand.id/KATEGORI/brand-news-terbaru-hari-ini.phtml', false],
  ])('%s may be an article: %s', (url, expected) => {
    expect(pickSite(new URL(url))).toBe(infobrand);
    expect(infobrand.mayBeArticle(new URL(url))).toBe(expected);
  });

  it.each([
    ['?q=xiaomi', false],
    ['?page=2&q', false],
    ['?query=xiaomi', true],
    ['?utm_source=x', true],
  ])("reads a search's q from the page's own location too (search %s: may be an article %s)", (search, expected) => {
    // The content script passes `location`, which has no searchParams: only hostname, pathname and search are read.
    const where = { hostname: 'www.infobrand.id', pathname: '/xiaomi-diajak-bangun-pabrik.phtml', search };
    expect(pickSite(where)).toBe(infobrand);
    expect(infobrand.mayBeArticle(where)).toBe(expected);
    expect(infobrand.mayBeArticle(new URL(`https://${where.hostname}${where.pathname}${search}`))).toBe(expected);
  });

  it('gives every other site the generic adapter', () => {
    expect(pickSite(new URL('https://nasional.kompas.com/read/2025/10/14/judul')).id).toBe('generic');
    expect(pickSite(new URL('https://infobrand.id.example.com/a-b-c.phtml')).id).toBe('generic');
  });
});

describe('formatFigure', () => {
  it.each([
    [{ kind: 'money', value: 3e12, unit: 'IDR' }, 'Rp 3.000.000.000.000', '3 triliun rupiah'],
    [{ kind: 'money', value: 1.2e9, unit: 'USD' }, 'US$ 1.200.000.000', '1,2 miliar dolar AS'],
    [{ kind: 'money', value: 750e6, unit: 'IDR' }, 'Rp 750.000.000', '750 juta rupiah'],
    [{ kind: 'percent', value: 12, unit: '%' }, '12%', '12 persen'],
    [{ kind: 'percent', value: 20, valueTo: 25, unit: '%' }, '20–25%', '20–25 persen'],
    [{ kind: 'quantity', value: 50_000, unit: 'unit' }, '50.000 unit', '50 ribu unit'],
    [
      { kind: 'money', value: 2e12, valueTo: 3e12, unit: 'IDR' },
      'Rp 2.000.000.000.000 – Rp 3.000.000.000.000',
      '2–3 triliun rupiah',
    ],
  ] as const)('%o', (figure, exact, words) => {
    expect(formatFigure(figure)).toEqual({ exact, words });
  });
});

describe('placeCard', () => {
  const view = { width: 1000, height: 800 };
  const size = { width: 300, height: 200 };
  const mark = (top: number, left = 100) => ({ top, left, bottom: top + 20, right: left + 80 });

  it('goes below the highlight when it fits, aligned with it', () => {
    expect(placeCard(mark(100), size, view)).toEqual({ top: 126, left: 100, maxHeight: 800 - 8 - 126, side: 'below' });
  });
  it('goes above when there is no room below', () => {
    const spot = placeCard(mark(700), size, view);
    expect(spot.side).toBe('above');
    expect(spot.top + 200).toBeLessThanOrEqual(700);
  });
  it('stays inside the viewport on the right edge', () => {
    expect(placeCard(mark(100, 950), size, view).left).toBe(1000 - 8 - 300);
  });
  it('never covers the highlight, shrinking when neither side has room', () => {
    const spot = placeCard(mark(390), { width: 300, height: 600 }, view);
    const bottom = spot.top + Math.min(600, spot.maxHeight);
    expect(bottom <= 390 || spot.top >= 410).toBe(true);
    expect(spot.top).toBeGreaterThanOrEqual(8);
    expect(bottom).toBeLessThanOrEqual(792);
  });
});

describe('extractInChunks', () => {
  it('cuts long texts after a line break', () => {
    const text = `${'a'.repeat(3000)}\n${'b'.repeat(3000)}\n${'c'.repeat(100)}`;
    expect(chunkBounds(text, 4000)).toEqual([0, 3001, 6102]);
  });

  it('keeps offsets into the whole text and merges one entity found in several chunks', async () => {
    const line = 'Menperin Agus Gumiwang Kartasasmita mengajak Xiaomi berinvestasi Rp 3 triliun di Batam.\n';
    const text = line.repeat(800);
    const x = await extractInChunks(text, fakeExtract, new TaskBudget(1000));
    const agus = x.persons.find((p) => p.name === 'Agus Gumiwang Kartasasmita');
    expect(agus?.mentions).toHaveLength(800);
    for (const m of agus?.mentions ?? []) expect(text.slice(m.start, m.end)).toBe('Agus Gumiwang Kartasasmita');
    // Figures are not merged across chunks: each keeps its own id, and every mention is still found once.
    expect(x.figures.flatMap((f) => f.mentions)).toHaveLength(800);
    expect(new Set(x.figures.map((f) => f.id)).size).toBe(x.figures.length);
  });
});

describe('TaskBudget', () => {
  afterEach(() => vi.restoreAllMocks());

  it('yields before work that would overrun the budget, unless the task has only just begun', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    let yields = 0;
    const budget = new TaskBudget(25, async () => {
      yields++;
    });
    now = 1;
    await budget.check(100); // a fresh task: yielding would give the work nothing more
    expect(yields).toBe(0);
    now = 10;
    await budget.check(10); // fits in what is left
    expect(yields).toBe(0);
    await budget.check(20); // would end at 30 ms
    expect(yields).toBe(1);
    now = 11;
    await budget.check(20); // the new task has only just begun
    expect(yields).toBe(1);
    now = 40;
    await budget.check(); // spent
    expect(yields).toBe(2);
    expect(budget.busyMs()).toBe(10 + 30); // the two slices, without the waits
  });
});

describe('isFurniture', () => {
  it.each([
    ['<div class="Related-Posts">', true],
    ['<div id="KOMENTAR">', true],
    ['<div class="Sidebar">', true],
    ['<div class="Sidebar Article-Body">', false],
    ['<div class="Post-Content">', false],
  ])('%s is furniture: %s, whatever the case of its names', (html, expected) => {
    const box = document.createElement('div');
    box.innerHTML = html;
    expect(isFurniture(box.firstElementChild as Element)).toBe(expected);
  });

  it('answers for any id and class names as the three patterns it replaced did', () => {
    // The patterns read lower-cased names: words of the lists (some in capitals), pieces of them, "-", "_" and spaces.
    const always =
      /(?:^|[-_\s])(?:baca-?juga|read-?also|lihat-?juga|related|terkait|share|sharing|social|sosmed|comments?|komentar|disqus|adsbygoogle|advert\w*|iklan|breadcrumbs?|newsletter|subscribe|tags?|tag-?list|caption|credit|author-?box)(?:[-_\s]|$)/;
    const usually =
      /(?:^|[-_\s])(?:nav|navbar|menu|sidebar|footer|widget|banner|promo|popular|terpopuler|trending|ads?|sponsor)(?:[-_\s]|$)/;
    const article =
      /(?:^|[-_\s])(?:article|artikel|content|konten|body|main|post|entry|story|detail|berita|news)(?:[-_\s]|$)/;
    const piece = fc.constantFrom(
      ...'baca juga bacajuga read also lihat tag list author box comment comments tags ad ads nav Menu post Main advert adverts advertorial share sharing sosmed konten berita x 2 ba ju'.split(
        ' ',
      ),
      '-',
      '_',
      ' ',
      '--',
      '\t',
    );
    const names = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(names, names, (id, cls) => {
        const el = document.createElement('div');
        el.id = id;
        el.setAttribute('class', cls);
        const all = `${id} ${cls}`.toLowerCase();
        const expected = all.length > 1 && (always.test(all) || (usually.test(all) && !article.test(all)));
        expect(isFurniture(el)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('firstAhead', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("continues with the browser's scheduler.yield() the first time, then queues behind the page's timers", async () => {
    let continued = 0;
    vi.stubGlobal('scheduler', {
      yield: async () => {
        continued++;
      },
    });
    const pause = firstAhead();
    const order: string[] = [];
    setTimeout(() => order.push('page timer'), 0);
    await pause();
    order.push('first pause');
    expect(continued).toBe(1);
    setTimeout(() => order.push('page timer'), 0);
    await pause();
    order.push('second pause');
    expect(continued).toBe(1);
    expect(order).toEqual(['first pause', 'page timer', 'page timer', 'second pause']);
  });

  it('queues behind the page where the browser has no scheduler.yield()', async () => {
    vi.stubGlobal('scheduler', undefined);
    const order: string[] = [];
    setTimeout(() => order.push('page timer'), 0);
    await firstAhead()();
    order.push('pause');
    expect(order).toEqual(['page timer', 'pause']);
  });
});

describe('toggleSite', () => {
  it('turns one site off and on again, and turns annotation back on when it was off everywhere', () => {
    const off = toggleSite(DEFAULT_SETTINGS, 'www.infobrand.id');
    expect(off.disabledSites).toEqual(['www.infobrand.id']);
    expect(toggleSite(off, 'www.infobrand.id')).toEqual(DEFAULT_SETTINGS);
    expect(toggleSite({ ...DEFAULT_SETTINGS, enabled: false }, 'www.infobrand.id')).toEqual(DEFAULT_SETTINGS);
  });
});
