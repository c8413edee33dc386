import type { Router } from './router';

/** The two real browsers every e2e behaviour runs in. */
export type BrowserName = 'chromium' | 'firefox';

/** A tab in a real browser, with the few actions our e2e tests need, the same in both browsers. */
export interface Tab {
  /** The tab's current URL. */
  url(): string;
  /** Runs `fn(arg)` in the page's main world and returns its (serialisable) result. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Polls `fn(arg)` in the page until it returns a truthy value; rejects after `timeoutMs`. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** Moves the mouse over the first element matching `selector`. */
  hover(selector: string): Promise<void>;
  /** Clicks the first element matching `selector`. */
  click(selector: string): Promise<void>;
  /** Gives keyboard focus to the first element matching `selector`. */
  focus(selector: string): Promise<void>;
  /** Types `text` into the first element matching `selector`. */
  type(selector: string, text: string): Promise<void>;
  /** Presses a key or chord ("Escape", "Alt+Shift+S"). */
  press(key: string): Promise<void>;
  /** Selects the whole text of the first element matching `selector`. */
  select(selector: string): Promise<void>;
  /** The innerHTML of the (even closed) shadow root of the first `hostSelector` match; null when there is none. */
  shadowHtml(hostSelector: string): Promise<string | null>;
  /** Reloads and waits for the new document. */
  reload(): Promise<void>;
  /** Closes the tab. */
  close(): Promise<void>;
  /** The automation library's own page object (Playwright Page or Puppeteer Page) for anything else. */
  raw: unknown;
}

/** One launched browser with the built extension installed, and every request it made. */
export interface Session {
  /** Which browser this is. */
  name: BrowserName;
  /** Serves these exact URLs with the given HTML; every other http(s) request gets a 404 (nothing leaves the machine). */
  serve(routes: Record<string, string>): void;
  /** Every http(s) URL requested since launch, in order. */
  requests: string[];
  /** Opens a new tab at `url` and waits for its DOMContentLoaded. */
  openPage(url: string): Promise<Tab>;
  /** Opens an extension page such as "popup.html?tabId=3" in a tab and waits until its document is complete. */
  openExtensionPage(pathAndQuery: string): Promise<Tab>;
  /** The browser's tab id of the open tab whose URL is `url`. */
  tabIdOf(url: string): Promise<number>;
  /** The extension's whole browser.storage.local. */
  storage(): Promise<Record<string, unknown>>;
  /** Saves a screenshot of `tab` as docs/screenshots/<browser>-<name>.png. */
  screenshot(tab: Tab, name: string): Promise<void>;
  /** Closes the browser and starts it again on the same profile, with the extension installed. */
  restart(): Promise<void>;
  /** Closes the browser and starts it again on a new, empty profile. */
  newProfile(): Promise<void>;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

/** What each browser's automation needs to provide; `createSession` builds the rest on top. */
export interface Driver {
  /** Which browser this drives. */
  name: BrowserName;
  /** Starts the browser on the `profile` folder with the extension installed, sending http(s) through `router`. */
  start(profile: string, router: Router): Promise<void>;
  /** Closes the browser (the profile folder stays). */
  stop(): Promise<void>;
  /** Opens a tab at `url`; `extensionPage` is true for the extension's own pages. */
  open(url: string, extensionPage: boolean): Promise<Tab>;
  /** The full URL of one of the extension's pages ("popup.html?tabId=3"). */
  extensionUrl(pathAndQuery: string): string;
  /** Saves a PNG of the tab's viewport at `file`. */
  screenshot(tab: Tab, file: string): Promise<void>;
}
