import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fixturePage } from './lib/fixtures';
import { forEachBrowser } from './lib/session';

const ARTICLE = 'https://www.infobrand.id/pabrik-baterai-karawang.phtml';

forEachBrowser('foundation', (session) => {
  it('runs the content script on an infobrand.id article', async () => {
    const s = session();
    s.serve({ [ARTICLE]: fixturePage('foundation-article.html') });
    const tab = await s.openPage(ARTICLE);
    await tab.waitFor(() => document.documentElement.dataset.sorot !== undefined);
    await tab.close();
  });

  it('opens the popup and keeps what it stored across a reload', async () => {
    const s = session();
    const popup = await s.openExtensionPage('popup.html');
    await popup.waitFor(() => document.querySelector('#note') !== null);
    await popup.type('#note', 'cek angka investasi');
    await popup.click('#save');
    await popup.waitFor(() => document.querySelector('#saved')?.textContent === 'cek angka investasi');
    await popup.reload();
    await popup.waitFor(() => document.querySelector('#saved')?.textContent === 'cek angka investasi');
    assert.ok(Object.values(await s.storage()).some((v) => JSON.stringify(v).includes('cek angka investasi')));
    await popup.close();
  });
});
