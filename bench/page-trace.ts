// CPU time of the main thread's longest tasks while the content script loads and annotates (`npx tsx
// bench/page-trace.ts`, after `npm run build`): a Chromium trace's thread time (`tdur`) of each task, which, unlike the
// long-task API's wall time, does not grow when other processes take the CPU. Lists, per page, the longest tasks by
// thread time and which of them evaluated the content script. Each load is a fresh tab of one browser: from the second
// on, V8 may take the bundle's compiled code from its cache.
import type { Page } from 'playwright-core';
import { fixturePage } from '../tests/e2e/lib/fixtures';
import { launch } from '../tests/e2e/lib/session';
import { waitForSorot } from './lib/quiet-wait';
import { contentScriptEvaluation, type TraceEvent, trace } from './lib/trace';
import { ARTICLE_URL as ARTICLE, articlePage, HUGE_URL as HUGE, paragraphs } from './page-fixtures';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/**
 * The main thread's tasks from the content script's evaluation on, longest thread time first, each marked when it
 * evaluated the bundle (the latest evaluation of content.js in the trace: the navigated page's).
 */
function tasks(events: TraceEvent[]) {
  const script = contentScriptEvaluation(events);
  if (!script) return [];
  const top = events.filter(
    (e) =>
      e.pid === script.pid &&
      e.tid === script.tid &&
      e.ph === 'X' &&
      e.name === 'ThreadControllerImpl::RunTask' &&
      e.ts + (e.dur ?? 0) >= script.ts,
  );
  return top
    .map((t) => ({
      cpu: (t.tdur ?? 0) / 1000,
      bundle: script.ts >= t.ts && script.ts <= t.ts + (t.dur ?? 0),
    }))
    .sort((a, b) => b.cpu - a.cpu);
}

async function main() {
  const session = await launch('chromium');
  try {
    session.serve({
      [ARTICLE]: fixturePage('article-modern.html'),
      [HUGE]: articlePage('Satu Megabita Teks Artikel untuk Uji Kecepatan', paragraphs(1_000_000)),
      'https://www.infobrand.id/kosong.phtml': '<!doctype html><title>kosong</title>',
    });
    for (const [name, url] of [
      ['fixture', ARTICLE],
      ['1 MB', HUGE],
    ] as const) {
      const bundle: number[] = [];
      const longest: number[] = [];
      const second: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const tab = await session.openPage('https://www.infobrand.id/kosong.phtml');
        const page = tab.raw as Page;
        const cdp = await page.context().newCDPSession(page);
        const list = tasks(
          await trace(cdp, ['toplevel', 'devtools.timeline', 'v8'], async () => {
            await page.goto(url, { waitUntil: 'domcontentloaded' });
            await waitForSorot(tab, 'ready');
          }),
        );
        bundle.push(list.find((t) => t.bundle)?.cpu ?? Number.NaN);
        longest.push(list[0]?.cpu ?? Number.NaN);
        second.push(list.find((t) => !t.bundle)?.cpu ?? Number.NaN);
        await tab.close();
      }
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN;
      console.log(
        `${name}: the bundle's task (it compiles; the top level runs in the next) ${med(bundle).toFixed(1)} ms of CPU (median; ${bundle.map((x) => x.toFixed(0)).join(', ')}); ` +
          `longest task from then on ${med(longest).toFixed(1)} ms (${longest.map((x) => x.toFixed(0)).join(', ')}); ` +
          `longest other than the bundle's ${med(second).toFixed(1)} ms`,
      );
    }
  } finally {
    await session.close();
  }
}

await main();
