import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fixturePage } from './lib/fixtures';
import { forEachBrowser, type Session, type Tab } from './lib/session';

const MODERN = 'https://www.infobrand.id/kemenperin-dorong-xiaomi-tambah-investasi-kendaraan-listrik.phtml';
const TABLE = 'https://www.infobrand.id/bri-salurkan-kredit-umkm-rp-120-triliun.phtml';
const SPLIT = 'https://www.infobrand.id/gubernur-jawa-barat-resmikan-kawasan-industri-baru.phtml';
const PRESS = 'https://siaranpers.infobrand.id/public/pertamina-luncurkan-program-energi-bersih-untuk-desa.phtml';
const LAZY = 'https://www.infobrand.id/garuda-indonesia-tambah-rute-penerbangan-ke-asia-timur.phtml';
const CATEGORY = 'https://www.infobrand.id/kategori/brand-news.phtml';
const ELSEWHERE = 'https://berita.example.com/2025/10/09/kemenperin-dorong-xiaomi';
/** Blocks around the article that must never hold a highlight. */
const OUTSIDE =
  'header.site-header, nav, aside, footer, figcaption, script, textarea, [contenteditable], .tags, .share-bar, .ads-inline, .related-posts, td[bgcolor]';

const ROUTES = {
  [MODERN]: fixturePage('article-modern.html'),
  [TABLE]: fixturePage('article-table.html'),
  [SPLIT]: fixturePage('article-split.html'),
  [PRESS]: fixturePage('siaranpers.html'),
  [LAZY]: fixturePage('article-lazy.html'),
  [CATEGORY]: fixturePage('category.html'),
  [ELSEWHERE]: fixturePage('article-modern.html'),
};

const ready = () => document.documentElement.dataset.sorot === 'ready';

/** Opens `url` with every fixture served and waits for the first annotation pass. */
async function openReady(s: Session, url: string): Promise<Tab> {
  s.serve(ROUTES);
  const tab = await s.openPage(url);
  await tab.waitFor(ready);
  return tab;
}

async function kinds(tab: Tab): Promise<string[]> {
  return tab.evaluate(() =>
    [...new Set([...document.querySelectorAll<HTMLElement>('sorot-mark')].map((m) => m.dataset.kind ?? ''))].sort(),
  );
}

forEachBrowser('annotate INFOBRAND articles', (session) => {
  it('highlights officials, people, organisations and figures inside the article only', async () => {
    const s = session();
    // Company people (a bank's director, a spokesperson) are persons, not officials.
    const expected: [string, string[]][] = [
      [MODERN, ['official', 'organization', 'figure', 'person']],
      [TABLE, ['person', 'organization', 'figure']],
      [SPLIT, ['official', 'organization', 'figure']],
      [PRESS, ['person', 'organization', 'figure']],
    ];
    for (const [url, want] of expected) {
      const tab = await openReady(s, url);
      const found = await kinds(tab);
      for (const kind of want) assert.ok(found.includes(kind), `${url}: ${kind} in ${found}`);
      assert.equal(
        await tab.evaluate((sel) => document.querySelectorAll(`:is(${sel}) sorot-mark`).length, OUTSIDE),
        0,
        url,
      );
      assert.equal(await tab.evaluate(() => document.querySelectorAll('sorot-mark sorot-mark').length), 0);
      assert.equal(await tab.evaluate(() => performance.getEntriesByName('sorot:annotate').length), 1);
      await tab.close();
    }
  });

  it('marks the title and lead, and a name split across <a> and <strong> piece by piece', async () => {
    const s = session();
    const tab = await openReady(s, SPLIT);
    const split = await tab.evaluate(() => {
      const a = document.querySelector('a[href="/tag/dedi-mulyadi"] sorot-mark') as HTMLElement | null;
      const strong = a?.closest('p')?.querySelector('strong sorot-mark') as HTMLElement | null;
      return [a?.dataset.entity, strong?.dataset.entity];
    });
    assert.ok(split[0], 'the <a> part is marked');
    assert.equal(split[0], split[1]);
    await tab.close();
  });

  it('hovering an official shows the card with the role, Esc closes it', async () => {
    const s = session();
    const tab = await openReady(s, MODERN);
    await tab.hover('.post-content sorot-mark[data-kind="official"]');
    await tab.waitFor(
      () => document.querySelector('sorot-card')?.checkVisibility({ visibilityProperty: true }) === true,
      undefined,
      2000,
    );
    const html = (await tab.shadowHtml('sorot-card')) ?? '';
    assert.match(html, /role="dialog"/);
    assert.match(html, /Menteri Perindustrian/);
    assert.equal(
      await tab.evaluate(() => document.querySelector('sorot-card')?.shadowRoot ?? null),
      null,
      'the shadow root is closed',
    );
    const apart = await tab.evaluate(() => {
      const mark = document.querySelector('.post-content sorot-mark[data-kind="official"]')?.getBoundingClientRect();
      const card = document.querySelector('sorot-card')?.getBoundingClientRect();
      if (!mark || !card) return false;
      const inView = card.left >= 0 && card.top >= 0 && card.right <= innerWidth && card.bottom <= innerHeight;
      const overlaps = !(
        card.bottom <= mark.top ||
        card.top >= mark.bottom ||
        card.right <= mark.left ||
        card.left >= mark.right
      );
      return inView && !overlaps;
    });
    assert.ok(apart, 'the card stays in the viewport and off the highlight');
    await new Promise((r) => setTimeout(r, 300)); // let the card's fade-in end before the README screenshot
    await s.screenshot(tab, 'annotated');
    await tab.focus('.post-content sorot-mark[data-kind="official"]');
    await tab.press('Escape');
    await tab.waitFor(
      () => document.querySelector('sorot-card')?.checkVisibility({ visibilityProperty: true }) !== true,
    );
    await tab.close();
  });

  it('Alt+Shift+S turns annotation off, restoring the page exactly, and on again', async () => {
    const s = session();
    const tab = await openReady(s, MODERN);
    const pristine = await tab.evaluate(
      (html) => new DOMParser().parseFromString(html, 'text/html').body.innerHTML,
      fixturePage('article-modern.html'),
    );
    await tab.press('Alt+Shift+S');
    await tab.waitFor(() => document.documentElement.dataset.sorot === 'off');
    assert.equal(await tab.evaluate(() => document.body.innerHTML), pristine);
    assert.equal(await tab.evaluate(() => document.getElementById('sorot-mark-style')), null);
    await tab.reload();
    await tab.waitFor(() => document.documentElement.dataset.sorot === 'off');
    assert.equal(
      await tab.evaluate(() => document.querySelectorAll('sorot-mark').length),
      0,
      'remembered across loads',
    );
    await tab.press('Alt+Shift+S');
    await tab.waitFor(() => document.querySelectorAll('sorot-mark').length > 0);
    await tab.close();
  });

  it('annotates paragraphs that arrive later without re-annotating in a loop', async () => {
    const s = session();
    const tab = await openReady(s, LAZY);
    await tab.waitFor(() => document.querySelector('p.lazy sorot-mark') !== null, undefined, 6000);
    const passes = await tab.evaluate(() => performance.getEntriesByName('sorot:annotate').length);
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(
      await tab.evaluate(() => performance.getEntriesByName('sorot:annotate').length),
      passes,
      'quiet page, no new pass',
    );
    await tab.close();
  });

  it('leaves a category page and a page outside INFOBRAND alone, and fetches nothing', async () => {
    const s = session();
    const category = await openReady(s, CATEGORY);
    assert.equal(await category.evaluate(() => document.querySelectorAll('sorot-mark').length), 0);
    await category.close();
    const elsewhere = await s.openPage(ELSEWHERE);
    await new Promise((r) => setTimeout(r, 800));
    assert.equal(await elsewhere.evaluate(() => document.querySelectorAll('sorot-mark').length), 0);
    assert.equal(await elsewhere.evaluate(() => document.documentElement.dataset.sorot ?? null), null);
    await elsewhere.close();
    const served = new Set(Object.keys(ROUTES));
    const own = s.requests.filter((url) => !served.has(url) && !url.endsWith('/favicon.ico'));
    assert.deepEqual(own, []);
  });
});
