import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe } from 'node:test';
import { chromiumDriver } from './chromium';
import { queryTabId, readLocalStorage } from './extension-page';
import { firefoxDriver } from './firefox';
import { SCREENSHOTS } from './fixtures';
import { Router } from './router';
import type { BrowserName, Driver, Session, Tab } from './types';

export type { BrowserName, Session, Tab } from './types';

/** The browsers to run, from E2E_BROWSERS ("chromium,firefox" by default). */
export function selectedBrowsers(): BrowserName[] {
  const names = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim());
  return names.filter((n): n is BrowserName => n === 'chromium' || n === 'firefox');
}

/** Launches `name` with the built extension and returns the session. */
export async function launch(name: BrowserName): Promise<Session> {
  return createSession(name === 'chromium' ? chromiumDriver() : firefoxDriver());
}

/**
 * Declares the tests in `body` once per selected browser, each in its own describe block with its own browser,
 * launched before the block's tests and closed after them.
 */
export function forEachBrowser(title: string, body: (session: () => Session) => void): void {
  for (const name of selectedBrowsers()) {
    describe(`${title} [${name}]`, () => {
      let session: Session | undefined;
      before(async () => {
        session = await launch(name);
      });
      after(async () => {
        await session?.close();
      });
      body(() => {
        if (!session) throw new Error(`${name} did not launch`);
        return session;
      });
    });
  }
}

async function createSession(driver: Driver): Promise<Session> {
  const router = new Router();
  const newProfileDir = () => fs.mkdtempSync(path.join(os.tmpdir(), `sorot-${driver.name}-`));
  let profile = newProfileDir();
  await driver.start(profile, router);

  async function inExtensionPage<T>(fn: (tab: Tab) => Promise<T>): Promise<T> {
    const tab = await driver.open(driver.extensionUrl('popup.html'), true);
    try {
      return await fn(tab);
    } finally {
      await tab.close();
    }
  }

  return {
    name: driver.name,
    requests: router.requests,
    serve: (routes) => router.serve(routes),
    openPage: (url) => driver.open(url, false),
    openExtensionPage: (pathAndQuery) => driver.open(driver.extensionUrl(pathAndQuery), true),
    async tabIdOf(url) {
      const id = await inExtensionPage((tab) => tab.evaluate(queryTabId, url));
      if (id < 0) throw new Error(`no open tab at ${url}`);
      return id;
    },
    storage: () => inExtensionPage((tab) => tab.evaluate(readLocalStorage)),
    async screenshot(tab, name) {
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await driver.screenshot(tab, path.join(SCREENSHOTS, `${driver.name}-${name}.png`));
    },
    async restart() {
      await driver.stop();
      await driver.start(profile, router);
    },
    async newProfile() {
      await driver.stop();
      fs.rmSync(profile, { recursive: true, force: true });
      profile = newProfileDir();
      await driver.start(profile, router);
    },
    async close() {
      await driver.stop();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
