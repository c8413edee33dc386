// The page layer in real Chromium (`npm run bench:page`, after `npm run build`): content-script start → highlights on
// a fixture article and on a page with 1 MB of article text (with the longest main-thread task while annotating),
// the time to remove every highlight, and the content-script bundle size.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILDS, fixturePage } from '../tests/e2e/lib/fixtures';
import { launch, type Tab } from '../tests/e2e/lib/session';
import { articlePage, LONG_TASK_PROBE, paragraphs } from './page-fixtures';

const ARTICLE = 'https://www.infobrand.id/kemenperin-dorong-xiaomi-tambah-investasi-kendaraan-listrik.phtml';
const HUGE = 'https://www.infobrand.id/satu-megabita-teks-artikel-untuk-uji-kecepatan.phtml';
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

interface PassTiming {
  /** Content-script start → end of the first annotation pass, ms. */
  toHighlights: number;
  /** Main-thread time of the pass itself (its slices, without the waits between them), ms. */
  busy: number;
  /** Highlights on the page. */
  marks: number;
  /** Longest main-thread task after the content script started, ms (0 when none passed 50 ms). */
  longestTask: number;
  /** Long tasks (> 50 ms) after the content script started. */
  longTasks: number;
  /** The phase (detect, extract, highlight) the longest task began in, or "between" / "none". */
  longestIn: string;
  /** Wall time of each phase of the pass (detect, extract, highlight), ms. */
  phases: Record<string, number>;
}

async function pass(tab: Tab): Promise<PassTiming> {
  await tab.waitFor(() => document.documentElement.dataset.sorot === 'ready', undefined, 30_000);
  return tab.evaluate(() => {
    const start = performance.getEntriesByName('sorot:start')[0]?.startTime ?? 0;
    const measure = performance.getEntriesByName('sorot:annotate')[0];
    const tasks = (
      (window as unknown as { sorotLongTasks?: { start: number; duration: number }[] }).sorotLongTasks ?? []
    ).filter((t) => t.start >= start); // tasks begun by the content script or after it
    return {
      toHighlights: measure ? measure.startTime + measure.duration - start : Number.NaN,
      busy: (measure as PerformanceMeasure | undefined)?.detail?.busyMs ?? Number.NaN,
      marks: document.querySelectorAll('sorot-mark').length,
      longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
      longTasks: tasks.length,
      longestIn: (() => {
        const worst = [...tasks].sort((a, b) => b.duration - a.duration)[0];
        if (!worst) return 'none';
        const phase = ['detect', 'extract', 'highlight']
          .map((p) => performance.getEntriesByName(`sorot:${p}`)[0])
          .find((e) => e && worst.start >= e.startTime && worst.start < e.startTime + e.duration);
        return phase ? phase.name.slice(6) : 'between';
      })(),
      phases: {
        setup: (measure?.startTime ?? start) - start,
        ...Object.fromEntries(
          ['detect', 'extract', 'highlight'].map((p) => [
            p,
            performance.getEntriesByName(`sorot:${p}`)[0]?.duration ?? 0,
          ]),
        ),
      },
    };
  });
}

/** Turns annotation off with the shortcut, reads how long removing took, and turns it back on. */
async function removal(tab: Tab): Promise<number> {
  await tab.press('Alt+Shift+S');
  await tab.waitFor(() => document.documentElement.dataset.sorot === 'off');
  const ms = await tab.evaluate(() => performance.getEntriesByName('sorot:clear').at(-1)?.duration ?? Number.NaN);
  await tab.press('Alt+Shift+S');
  await tab.waitFor(
    () => document.documentElement.dataset.sorot === 'ready' && document.querySelector('sorot-mark') !== null,
    undefined,
    30_000,
  );
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const busy = (passes: PassTiming[]) => `, main-thread time of the pass ${ms(median(passes.map((p) => p.busy)))}`;
const phases = (passes: PassTiming[]) =>
  ['setup', 'detect', 'extract', 'highlight']
    .map((p) => `${p} ${ms(median(passes.map((x) => x.phases[p] ?? 0)))}`)
    .join(', ');

async function measure(session: Awaited<ReturnType<typeof launch>>, url: string, runs: number) {
  const passes: PassTiming[] = [];
  const removals: number[] = [];
  for (let i = 0; i < runs; i++) {
    const tab = await session.openPage(url);
    passes.push(await pass(tab));
    if (i === 0 && (passes[0]?.marks ?? 0) > 0) removals.push(await removal(tab));
    await tab.close();
  }
  return { passes, removals };
}

async function main() {
  const session = await launch('chromium');
  try {
    session.serve({
      [ARTICLE]: fixturePage('article-modern.html').replace('<head>', `<head>${LONG_TASK_PROBE}`),
      [HUGE]: articlePage('Satu Megabita Teks Artikel untuk Uji Kecepatan', paragraphs(1_000_000), {
        head: LONG_TASK_PROBE,
      }),
    });
    const small = await measure(session, ARTICLE, RUNS);
    console.log(
      `fixture article (${RUNS} loads): content-script start → highlights median ${ms(median(small.passes.map((p) => p.toHighlights)))}` +
        ` (min ${ms(Math.min(...small.passes.map((p) => p.toHighlights)))}), ${small.passes[0]?.marks} marks; removal ${ms(small.removals[0] ?? Number.NaN)}`,
    );
    console.log(`  phases: ${phases(small.passes)}${busy(small.passes)}`);
    const huge = await measure(session, HUGE, 3);
    const worst = Math.max(...huge.passes.map((p) => p.longestTask));
    console.log(
      `1 MB article text (3 loads): content-script start → highlights median ${ms(median(huge.passes.map((p) => p.toHighlights)))},` +
        ` ${huge.passes[0]?.marks} marks; longest task after start ${worst ? ms(worst) : '< 50 ms (no long task)'}` +
        ` (${Math.max(...huge.passes.map((p) => p.longTasks))} long tasks; the longest began in: ${huge.passes.map((p) => p.longestIn).join(', ')});` +
        ` removal ${ms(huge.removals[0] ?? Number.NaN)}`,
    );
    console.log(`  phases: ${phases(huge.passes)}${busy(huge.passes)}`);
  } finally {
    await session.close();
  }
  const bundle = fs.readFileSync(path.join(BUILDS.chromium, 'content-scripts/content.js'));
  console.log(
    `content-script bundle: ${(bundle.length / 1024).toFixed(1)} KB raw, ${(gzipSync(bundle, { level: 9 }).length / 1024).toFixed(1)} KB gzip`,
  );
}

await main();
