import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { BUILDS } from './fixtures';
import { selectContents } from './in-page';
import { HTML_HEADERS } from './router';
import type { Driver, Tab } from './types';

/** Debian's Chromium, overridable for other machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling Google hosts this machine cannot reach.
const FLAGS = [
  `--disable-extensions-except=${BUILDS.chromium}`,
  `--load-extension=${BUILDS.chromium}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Drives Debian's Chromium through Playwright, with the unpacked chrome-mv3 build loaded. */
export function chromiumDriver(): Driver {
  let ctx: BrowserContext | undefined;
  let extensionId = '';
  const context = () => {
    if (!ctx) throw new Error('chromium is not running');
    return ctx;
  };
  return {
    name: 'chromium',
    async start(profile, router) {
      ctx = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: FLAGS,
      });
      await ctx.route(
        (url) => router.handles(url.href),
        (route) => route.fulfill({ ...router.answer(route.request().url()), headers: HTML_HEADERS }),
      );
      const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
      extensionId = new URL(worker.url()).host;
    },
    async stop() {
      await ctx?.close();
      ctx = undefined;
    },
    async open(url) {
      const page = await context().newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return chromiumTab(page);
    },
    extensionUrl: (pathAndQuery) => `chrome-extension://${extensionId}/${pathAndQuery}`,
    async screenshot(tab, file) {
      await (tab.raw as Page).screenshot({ path: file });
    },
  };
}

function chromiumTab(page: Page): Tab {
  return {
    raw: page,
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    async waitFor(fn, arg, timeoutMs = 10_000) {
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 50 });
    },
    hover: (selector) => page.hover(selector),
    click: (selector) => page.click(selector),
    focus: (selector) => page.focus(selector),
    type: (selector, text) => page.locator(selector).first().fill(text),
    press: (key) => page.keyboard.press(key),
    async select(selector) {
      await page.evaluate(selectContents, selector);
    },
    async shadowHtml(hostSelector) {
      // CDP sees closed shadow roots; page scripts and Playwright selectors cannot.
      const cdp = await page.context().newCDPSession(page);
      try {
        const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: hostSelector });
        if (!nodeId) return null;
        const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
        const shadow = node.shadowRoots?.[0];
        if (!shadow) return null;
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
        const { result } = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: 'function () { return this.innerHTML; }',
          returnByValue: true,
        });
        return result.value as string;
      } finally {
        await cdp.detach();
      }
    },
    async reload() {
      await page.reload({ waitUntil: 'domcontentloaded' });
    },
    close: () => page.close(),
  };
}
