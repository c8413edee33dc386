import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fixturePage } from './lib/fixtures';
import { forEachBrowser } from './lib/session';

// An article at a URL INFOBRAND uses for listings: automatic detection skips it, the reader can still ask.
const LISTING_URL = 'https://www.infobrand.id/tag/xiaomi';

/** What the popup's "Annotate this page" does: inject the content script into the tab (runs in an extension page). */
async function injectContentScript(tabId: number): Promise<void> {
  type Scripting = {
    scripting: { executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  };
  const g = globalThis as unknown as { browser?: Scripting; chrome: Scripting };
  await (g.browser ?? g.chrome).scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
}

forEachBrowser('annotate on demand', (session) => {
  it('annotates a page automatic detection skipped once the content script is injected again', async () => {
    const s = session();
    s.serve({ [LISTING_URL]: fixturePage('article-modern.html') });
    const tab = await s.openPage(LISTING_URL);
    await tab.waitFor(() => document.documentElement.dataset.sorot === 'ready');
    assert.equal(await tab.evaluate(() => document.querySelectorAll('sorot-mark').length), 0);
    const tabId = await s.tabIdOf(LISTING_URL);
    const popup = await s.openExtensionPage('popup.html');
    await popup.evaluate(injectContentScript, tabId);
    await popup.close();
    await tab.waitFor(() => document.querySelectorAll('sorot-mark[data-kind="official"]').length > 0);
    assert.equal(await tab.evaluate(() => document.querySelectorAll('sorot-mark sorot-mark').length), 0);
    assert.equal(await tab.evaluate(() => document.querySelectorAll('sorot-card').length <= 1), true);
    await tab.close();
  });
});
