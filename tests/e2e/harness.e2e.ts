import assert from 'node:assert/strict';
import { it } from 'node:test';
import { writeLocalStorage } from './lib/extension-page';
import { forEachBrowser } from './lib/session';

// The harness's own promises, which the behaviour suites rely on.
const PAGE = 'https://www.infobrand.id/uji-harness.phtml';
const HTML = `<!doctype html><html><body><p id="p">Uji harness</p><div id="host"></div><script>
  document.getElementById('host').attachShadow({ mode: 'closed' }).innerHTML = '<b>rahasia</b>';
  fetch('https://cdn.example.net/missing.js').catch(() => {});
</script></body></html>`;

forEachBrowser('e2e harness', (session) => {
  it('serves pages at real URLs, answers 404 elsewhere and records every request', async () => {
    const s = session();
    s.serve({ [PAGE]: HTML });
    const tab = await s.openPage(PAGE);
    assert.equal(await tab.evaluate(() => document.getElementById('p')?.textContent), 'Uji harness');
    await tab.waitFor(() => performance.getEntriesByType('resource').length > 0);
    assert.ok(s.requests.includes(PAGE));
    assert.ok(s.requests.includes('https://cdn.example.net/missing.js'));
    await tab.close();
  });

  it('reads a closed shadow root that page scripts cannot see', async () => {
    const s = session();
    const tab = await s.openPage(PAGE);
    assert.equal(await tab.evaluate(() => document.getElementById('host')?.shadowRoot ?? null), null);
    assert.equal(await tab.shadowHtml('#host'), '<b>rahasia</b>');
    assert.equal(await tab.shadowHtml('#p'), null);
    await tab.close();
  });

  it('keeps extension storage across a browser restart and empties it on a new profile', async () => {
    const s = session();
    const page = await s.openExtensionPage('popup.html');
    await page.evaluate(writeLocalStorage, { harnessProbe: 'tetap' });
    await page.close();
    await s.restart();
    assert.equal((await s.storage()).harnessProbe, 'tetap');
    await s.newProfile();
    assert.equal((await s.storage()).harnessProbe, undefined);
  });
});
