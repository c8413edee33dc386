import type { Page } from 'playwright-core';
import type { Tab } from '../../tests/e2e/lib/session';

/**
 * Resolves when `<html data-sorot>` equals `state`, waiting inside the page on a MutationObserver started by a bare
 * CDP `Runtime.evaluate` (Chromium only). Not `tab.waitFor`: Playwright's waitForFunction first injects its 330 KB
 * selector engine into the page, a 20-25 ms task that lands in the middle of the pass being timed.
 */
export async function waitForSorot(tab: Tab, state: string, timeoutMs = 30_000): Promise<void> {
  const page = tab.raw as Page;
  const cdp = await page.context().newCDPSession(page);
  const expression = `new Promise((resolve) => {
    const html = document.documentElement;
    if (html.dataset.sorot === ${JSON.stringify(state)}) return resolve(true);
    new MutationObserver((_, observer) => {
      if (html.dataset.sorot !== ${JSON.stringify(state)}) return;
      observer.disconnect();
      resolve(true);
    }).observe(html, { attributes: true, attributeFilter: ['data-sorot'] });
  })`;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`data-sorot never became "${state}"`)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    await cdp.detach();
  }
}
