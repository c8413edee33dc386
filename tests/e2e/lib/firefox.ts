import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { BUILDS } from './fixtures';
import { selectContents } from './in-page';
import { HTML_HEADERS } from './router';
import type { Driver, Tab } from './types';

/** Debian's Firefox ESR, overridable for other machines. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The add-on id from the built manifest, so the test pins its moz-extension UUID. */
function geckoId(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(BUILDS.firefox, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/** Drives Debian's Firefox ESR through Puppeteer over WebDriver BiDi, with the firefox-mv3 build as a temporary add-on. */
export function firefoxDriver(): Driver {
  const uuid = crypto.randomUUID();
  const intercepted = new WeakSet<Page>();
  let browser: Browser | undefined;
  let route: ((page: Page) => Promise<void>) | undefined;
  const running = () => {
    if (!browser) throw new Error('firefox is not running');
    return browser;
  };

  return {
    name: 'firefox',
    async start(profile, router) {
      const id = geckoId();
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        userDataDir: profile,
        // BiDi refuses to navigate to moz-extension:// without system access.
        args: ['--remote-allow-system-access'],
        extraPrefsFirefox: {
          'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
          // A temporary add-on is uninstalled at shutdown; keep its storage so a restart finds the notes.
          'extensions.webextensions.keepStorageOnUninstall': true,
        },
      });
      route = async (page) => {
        if (intercepted.has(page)) return;
        intercepted.add(page);
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          if (!router.handles(request.url())) return void request.continue();
          const { status, body } = router.answer(request.url());
          void request.respond({ status, body, headers: HTML_HEADERS });
        });
      };
      // Tabs the extension opens itself go through the router too.
      browser.on('targetcreated', async (target) => {
        const page = await target.page();
        if (page && route) await route(page);
      });
      const installed = await browser.installExtension(BUILDS.firefox);
      if (installed !== id) throw new Error(`installed ${installed}, expected ${id}`);
    },
    async stop() {
      await browser?.close();
      browser = undefined;
    },
    async open(url, extensionPage) {
      const page = await running().newPage();
      await route?.(page);
      if (extensionPage) {
        // Firefox's BiDi sends no load events for moz-extension documents: navigate, then poll.
        await page.goto(url, { waitUntil: [] });
        await page.waitForFunction(
          (u) => location.href === u && document.readyState === 'complete',
          { timeout: 10_000, polling: 50 },
          url,
        );
      } else {
        await page.goto(url, { waitUntil: 'domcontentloaded' });
      }
      return firefoxTab(page);
    },
    extensionUrl: (pathAndQuery) => `moz-extension://${uuid}/${pathAndQuery}`,
    async screenshot(tab, file) {
      await (tab.raw as Page).screenshot({ path: file as `${string}.png` });
    },
  };
}

/** Puppeteer's BiDi internals that expose the raw protocol, for what its API lacks (closed shadow roots). */
interface BidiFrame {
  browsingContext: {
    id: string;
    userContext: { browser: { session: { send(method: string, params: object): Promise<{ result: BidiResult }> } } };
  };
}
interface BidiResult {
  result: { type: string; sharedId?: string; value?: { shadowRoot?: { sharedId?: string } | null } | string };
}

function firefoxTab(page: Page): Tab {
  return {
    raw: page,
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    async waitFor(fn, arg, timeoutMs = 10_000) {
      await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 50 }, arg);
    },
    hover: (selector) => page.hover(selector),
    click: (selector) => page.click(selector),
    focus: (selector) => page.focus(selector),
    type: (selector, text) => page.type(selector, text),
    async press(chord) {
      const keys = chord.split('+') as KeyInput[];
      const key = keys.pop() as KeyInput;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    async select(selector) {
      await page.evaluate(selectContents, selector);
    },
    async shadowHtml(hostSelector) {
      // WebDriver BiDi serialises closed shadow roots when asked (includeShadowTree 'all'); page scripts cannot.
      const { browsingContext } = page.mainFrame() as unknown as BidiFrame;
      const { session } = browsingContext.userContext.browser;
      const target = { context: browsingContext.id };
      const host = await session.send('script.callFunction', {
        functionDeclaration: '(selector) => document.querySelector(selector)',
        arguments: [{ type: 'string', value: hostSelector }],
        target,
        awaitPromise: false,
        serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
      });
      const value = host.result.result.value;
      const shadowId = typeof value === 'object' ? value?.shadowRoot?.sharedId : undefined;
      if (!shadowId) return null;
      const html = await session.send('script.callFunction', {
        functionDeclaration: '(root) => root.innerHTML',
        arguments: [{ sharedId: shadowId }],
        target,
        awaitPromise: false,
      });
      return html.result.result.value as string;
    },
    async reload() {
      // page.reload() waits for a load event that moz-extension pages never send.
      await page.evaluate(() => {
        (window as unknown as { __e2eStale: boolean }).__e2eStale = true;
        setTimeout(() => location.reload(), 0);
      });
      await page.waitForFunction(
        () => !(window as unknown as { __e2eStale?: boolean }).__e2eStale && document.readyState !== 'loading',
        { timeout: 10_000, polling: 50 },
      );
    },
    close: () => page.close(),
  };
}
