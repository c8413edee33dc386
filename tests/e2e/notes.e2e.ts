import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fixturePage } from './lib/fixtures';
import { forEachBrowser, type Session, type Tab } from './lib/session';

const FIRST = 'https://www.infobrand.id/kemenperin-pacu-ekspor-motor-listrik.phtml';
const SECOND = 'https://www.infobrand.id/pusat-riset-baterai-dibuka-di-bandung.phtml';
const ROUTES = { [FIRST]: fixturePage('notes-article.html'), [SECOND]: fixturePage('notes-article-second.html') };
const ARTICLE_NOTE = 'Bandingkan dengan data ekspor Vietnam.';
const ENTITY_NOTE = 'Menperin sejak 2019; sering bicara soal ekspor.';
const PASSAGE_NOTE = 'Angka ini perlu dicek ke BPS.';

const ready = () => document.documentElement.dataset.sorot === 'ready';

/** Opens an article and the popup page for its tab, once the page is annotated and the popup has its facts. */
async function openWithPopup(s: Session, url: string): Promise<{ page: Tab; popup: Tab }> {
  const page = await s.openPage(url);
  await page.waitFor(ready);
  const popup = await s.openExtensionPage(`popup.html?tabId=${await s.tabIdOf(url)}`);
  await popup.waitFor(() => document.querySelector('.fact[data-kind="official"]') !== null);
  return { page, popup };
}

/** Note records in the extension's storage, by key. */
async function storedNotes(s: Session): Promise<Record<string, { text: string }>> {
  const all = await s.storage();
  return Object.fromEntries(Object.entries(all).filter(([k]) => /^note:[^$]+$/.test(k))) as Record<
    string,
    { text: string }
  >;
}

/** Gives the notes page's file input a file with `content`, as if the reader picked it. */
function importFile(notes: Tab, content: string): Promise<void> {
  return notes.evaluate((text) => {
    const input = document.querySelector('#import-file') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File([text], 'sorot-notes.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, content);
}

/** Waits until the notes page's message line contains `text`, and returns the line. */
async function messageContaining(notes: Tab, text: string): Promise<string> {
  await notes.waitFor((t) => document.querySelector('#notes-message')?.textContent?.includes(t), text);
  return notes.evaluate(() => document.querySelector('#notes-message')?.textContent ?? '');
}

forEachBrowser('notes', (session) => {
  let exported = '';

  it('shows the facts and saves an article, an entity and a passage note', async () => {
    const s = session();
    s.serve(ROUTES);
    const { page, popup } = await openWithPopup(s, FIRST);
    const facts = await popup.evaluate(() => document.querySelector('.facts')?.textContent ?? '');
    assert.match(facts, /Agus Gumiwang Kartasasmita/);
    assert.match(facts, /Menteri Perindustrian/);
    assert.match(await popup.evaluate(() => document.querySelector('h1')?.textContent ?? ''), /Motor Listrik/);

    await popup.click('.fact[data-kind="official"] .fact-name');
    await page.waitFor(() => document.querySelector('sorot-mark[data-flash][data-kind="official"]') !== null);

    await popup.type('#note', ARTICLE_NOTE);
    await popup.click('#save');
    await popup.waitFor((t) => document.querySelector('#saved')?.textContent === t, ARTICLE_NOTE);

    await popup.click('.fact[data-kind="official"] .note-button');
    await popup.type('#entity-note', ENTITY_NOTE);
    await popup.click('#entity-save');
    await popup.waitFor((t) => document.querySelector('#entity-saved')?.textContent === t, ENTITY_NOTE);

    await page.select('#passage');
    await popup.click('#note-selection');
    await popup.waitFor(() => document.querySelector('#passage-note') !== null);
    await popup.type('#passage-note', PASSAGE_NOTE);
    await popup.click('#passage-save');
    await popup.waitFor(
      () => document.querySelector('.note-card[data-kind="passage"][data-status="anchored"]') !== null,
    );
    const quote = await popup.evaluate(
      () => document.querySelector('.note-card[data-kind="passage"] blockquote')?.textContent,
    );
    assert.match(quote ?? '', /^Kemenperin mencatat nilai ekspor .* tahun sebelumnya\.found$/);
    await popup.evaluate(() => window.scrollTo(0, 0));
    await s.screenshot(popup, 'popup');
    if (s.name === 'chromium') {
      // Playwright can emulate the reader's dark theme; the README shows both.
      await (popup.raw as { emulateMedia(o: { colorScheme: 'dark' }): Promise<void> }).emulateMedia({
        colorScheme: 'dark',
      });
      assert.equal(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(22, 24, 28)');
      await s.screenshot(popup, 'popup-dark');
    }
    assert.equal(Object.keys(await storedNotes(s)).length, 3);
    await popup.close();
    await page.close();
  });

  it('keeps every note, re-anchored, across a page reload and a browser restart', async () => {
    const s = session();
    const first = await s.openPage(FIRST);
    await first.waitFor(ready);
    await first.reload();
    await first.waitFor(ready);
    await first.close();
    await s.restart();
    s.serve(ROUTES);
    const { page, popup } = await openWithPopup(s, FIRST);
    await popup.waitFor((t) => document.querySelector('#saved')?.textContent === t, ARTICLE_NOTE);
    await popup.waitFor(
      () => document.querySelector('.note-card[data-kind="passage"][data-status="anchored"]') !== null,
    );
    const cards = await popup.evaluate(() =>
      [...document.querySelectorAll('.note-card .note-text')].map((n) => n.textContent),
    );
    assert.deepEqual(cards.sort(), [ENTITY_NOTE, PASSAGE_NOTE].sort());
    await popup.close();
    await page.close();
  });

  it('re-anchors a passage note on an edited page and keeps it, shown as orphaned, when the passage is gone', async () => {
    const s = session();
    const original = fixturePage('notes-article.html');
    const edited = original
      .replace('<p id="passage">', '<p>Paragraf baru ditambahkan redaksi di sini.</p><p id="passage">')
      .replace('Rp 1,8 triliun', 'Rp 1,85 triliun');
    const statusAfter = async (html: string) => {
      s.serve({ [FIRST]: html });
      const { page, popup } = await openWithPopup(s, FIRST);
      await popup.waitFor(() => document.querySelector('.note-card[data-kind="passage"]')?.getAttribute('data-status'));
      const status = await popup.evaluate(() =>
        document.querySelector('.note-card[data-kind="passage"]')?.getAttribute('data-status'),
      );
      const text = await popup.evaluate(
        () => document.querySelector('.note-card[data-kind="passage"] .note-text')?.textContent,
      );
      await popup.close();
      await page.close();
      return [status, text];
    };
    assert.deepEqual(await statusAfter(edited), ['moved', PASSAGE_NOTE]);
    assert.deepEqual(await statusAfter(original.replace(/<p id="passage">.*?<\/p>/s, '')), ['orphaned', PASSAGE_NOTE]);
    s.serve(ROUTES);
  });

  it('works from the keyboard alone: search, Escape, open an entity note, Ctrl+Enter to save', async () => {
    const s = session();
    const { page, popup } = await openWithPopup(s, FIRST);
    const shown = () => popup.evaluate(() => [...document.querySelectorAll('.fact-name')].map((b) => b.textContent));
    await popup.focus('#fact-search');
    await popup.type('#fact-search', 'asosiasi');
    await popup.waitFor(() => document.querySelectorAll('.fact-name').length === 2);
    assert.deepEqual(await shown(), ['Budi Setiyadi', 'Asosiasi Industri Sepeda Motor Listrik Indonesia']);
    await popup.press('Escape');
    await popup.waitFor(() => document.querySelectorAll('.fact-name').length > 2);
    await popup.focus('.fact[data-kind="person"] .note-button');
    await popup.press('Enter');
    await popup.waitFor(() => document.activeElement?.id === 'entity-note');
    await popup.type('#entity-note', 'Ketua asosiasi.');
    await popup.press('Control+Enter');
    await popup.waitFor(() => document.querySelector('#entity-saved')?.textContent === 'Ketua asosiasi.');
    await popup.click('.entity-editor button.danger');
    await popup.waitFor(() => document.querySelector('.undo-bar') !== null);
    await popup.close();
    await page.close();
  });

  it('shows the entity note in the hover card on a second article naming the same person', async () => {
    const s = session();
    const page = await s.openPage(SECOND);
    await page.waitFor(ready);
    // The content script records which entities each annotated article names.
    for (let i = 0; i < 30 && !JSON.stringify(await s.storage()).includes(SECOND); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await page.hover('.post-content sorot-mark[data-kind="official"]');
    await page.waitFor(() => document.querySelector('sorot-card')?.checkVisibility() === true, undefined, 3000);
    let html = '';
    for (let i = 0; i < 20 && !html.includes(ENTITY_NOTE); i++) {
      html = (await page.shadowHtml('sorot-card')) ?? '';
      if (!html.includes(ENTITY_NOTE)) await new Promise((r) => setTimeout(r, 100));
    }
    assert.match(html, /Menperin sejak 2019/);
    assert.match(html, /Seen in 2 articles/);
    const leaked = await page.evaluate((t) => document.documentElement.outerHTML.includes(t), ENTITY_NOTE);
    assert.equal(leaked, false, 'the note stays inside the closed shadow root');
    await page.close();
  });

  it('deletes with undo, exports, refuses a corrupt file without changing anything, and imports into a new profile once', async () => {
    const s = session();
    const notes = await s.openExtensionPage('notes.html');
    await notes.waitFor(() => document.querySelectorAll('.note-card').length === 3);
    await s.screenshot(notes, 'notes');
    await notes.click('.note-card[data-kind="article"] button.danger');
    await notes.waitFor(
      () => document.querySelectorAll('.note-card').length === 2 && document.querySelector('.undo-bar'),
    );
    await notes.click('.undo-bar button');
    await notes.waitFor(() => document.querySelectorAll('.note-card').length === 3);
    await notes.evaluate(() => {
      const w = window as unknown as { exports: Blob[] };
      w.exports = [];
      URL.createObjectURL = (blob: Blob) => {
        w.exports.push(blob);
        return 'blob:captured';
      };
      HTMLAnchorElement.prototype.click = () => {};
    });
    await notes.click('#export-json');
    exported = await notes.evaluate(() => (window as unknown as { exports: Blob[] }).exports[0]?.text() ?? '');
    assert.equal(JSON.parse(exported).notes.length, 3);

    const before = await storedNotes(s);
    await importFile(notes, exported.replace('"format": "sorot-notes"', '"format": "sorot-notes", "notes": 7, "x"'));
    assert.match(await messageContaining(notes, 'refused'), /not JSON/);
    await importFile(notes, exported.replace(/"url": "[^"]+"/, '"url": "bukan alamat"'));
    assert.match(await messageContaining(notes, 'target.url'), /file\.notes\[\d\]\.target\.url/);
    assert.deepEqual(await storedNotes(s), before);
    await notes.close();

    await s.newProfile();
    assert.deepEqual(await storedNotes(s), {});
    const fresh = await s.openExtensionPage('notes.html');
    await fresh.waitFor(() => document.querySelector('#import-file') !== null);
    await importFile(fresh, exported);
    await messageContaining(fresh, '3 notes added');
    await fresh.waitFor(() => document.querySelectorAll('.note-card').length === 3);
    await importFile(fresh, exported);
    await messageContaining(fresh, '0 notes added');
    assert.deepEqual(await storedNotes(s), before);
    await fresh.close();
  });

  it('made no network request of its own', () => {
    const s = session();
    assert.ok(s.requests.includes(FIRST), 'the router saw the pages');
    // The browser itself asks for the site's favicon; anything else would be ours.
    const ours = s.requests.filter((url) => url !== FIRST && url !== SECOND && !url.endsWith('/favicon.ico'));
    assert.deepEqual(ours, []);
  });
});
