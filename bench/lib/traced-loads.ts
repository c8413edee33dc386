import type { Page } from 'playwright-core';
import { fixturePage } from '../../tests/e2e/lib/fixtures';
import { launch } from '../../tests/e2e/lib/session';
import { ARTICLE_URL as ARTICLE } from '../page-fixtures';
import { waitForSorot } from './quiet-wait';
import { type TraceEvent, trace } from './trace';

const BLANK = 'https://www.infobrand.id/kosong.phtml';

/**
 * Loads the fixture article `runs` times in Chromium, each from a blank INFOBRAND page in a fresh tab, with a trace of
 * `categories` from the navigation until the pass is ready (and `settleMs` after it), and gives each load's events to
 * `read`.
 */
export async function tracedFixtureLoads(
  runs: number,
  categories: readonly string[],
  read: (events: TraceEvent[]) => void,
  settleMs = 0,
): Promise<void> {
  const session = await launch('chromium');
  try {
    session.serve({
      [ARTICLE]: fixturePage('article-modern.html'),
      [BLANK]: '<!doctype html><title>kosong</title>',
    });
    for (let i = 0; i < runs; i++) {
      const tab = await session.openPage(BLANK);
      const page = tab.raw as Page;
      const cdp = await page.context().newCDPSession(page);
      const events = await trace(cdp, categories, async () => {
        await page.goto(ARTICLE, { waitUntil: 'domcontentloaded' });
        await waitForSorot(tab, 'ready');
        await new Promise((resolve) => setTimeout(resolve, settleMs));
      });
      read(events);
      await tab.close();
    }
  } finally {
    await session.close();
  }
}
