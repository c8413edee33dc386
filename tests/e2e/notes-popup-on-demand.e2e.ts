import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fixturePage } from './lib/fixtures';
import { forEachBrowser } from './lib/session';

// A listing URL: automatic detection leaves it alone, so the popup offers "Annotate this page".
const LISTING_URL = 'https://www.infobrand.id/tag/ekspor';

forEachBrowser('popup on a page Sorot did not annotate', (session) => {
  it('explains, offers "Annotate this page", and shows the facts once the reader asks', async () => {
    const s = session();
    s.serve({ [LISTING_URL]: fixturePage('notes-article.html') });
    const page = await s.openPage(LISTING_URL);
    await page.waitFor(() => document.documentElement.dataset.sorot === 'ready');
    assert.equal(await page.evaluate(() => document.querySelectorAll('sorot-mark').length), 0);
    const popup = await s.openExtensionPage(`popup.html?tabId=${await s.tabIdOf(LISTING_URL)}`);
    await popup.waitFor(() => document.querySelector('.not-article button') !== null);
    assert.match(
      await popup.evaluate(() => document.querySelector('.not-article')?.textContent ?? ''),
      /not an article/,
    );
    await popup.click('.not-article button');
    await popup.waitFor(() => document.querySelector('.fact[data-kind="official"]') !== null);
    assert.match(await popup.evaluate(() => document.querySelector('h1')?.textContent ?? ''), /Motor Listrik/);
    await page.waitFor(() => document.querySelectorAll('sorot-mark[data-kind="official"]').length > 0);
    await popup.close();
    await page.close();
  });
});
