// The page layer in real Chromium (`npm run bench:page`, after `npm run build`): time to highlights on a fixture article
// and on a page with 1 MB of article text, from the content script's main() (`sorot:start`) and from the top of its
// bundle (`sorot:bundle`, before the engine's tables are built), with the longest task and the longest animation
// frame (which includes rendering) while annotating; the time to remove every highlight; the bundle size.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILDS, fixturePage } from '../tests/e2e/lib/fixtures';
import { launch, type Tab } from '../tests/e2e/lib/session';
import { waitForSorot } from './lib/quiet-wait';
import { ARTICLE_URL as ARTICLE, articlePage, HUGE_URL as HUGE, LONG_TASK_PROBE, paragraphs } from './page-fixtures';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

/** A long task or long animation frame the probe saw, with the phase of the pass it began in. */
interface Long {
  /** Its duration, ms (0 when there was none). */
  ms: number;
  /** Of which style, layout and paint (long animation frames only), ms. */
  render: number;
  /** The phase (detect, extract, highlight) it began in, or "between" / "none". */
  phase: string;
  /** How many there were (> 50 ms). */
  count: number;
}

interface PassTiming {
  /** `sorot:start` (the content script's main()) → end of the first annotation pass, ms. */
  toHighlights: number;
  /** `sorot:bundle` (top of the content-script bundle, before the engine's tables are built) → the same end, ms. */
  fromBundle: number;
  /**
   * Start of the first of our tasks (compiling or evaluating the bundle) that was over 50 ms → the same end, ms; NaN
   * when both were shorter, too short for the long-task probe to see their start.
   */
  fromTask: number;
  /** The longer of the tasks that compiled and evaluated the bundle, ms, when over 50 ms; 0 when both were shorter. */
  bundleTask: number;
  /** Main-thread time of the pass itself (its slices, without the waits between them), ms. */
  busy: number;
  /** Highlights on the page. */
  marks: number;
  /** The longest task (> 50 ms of script) from our first (the bundle's compilation) on. */
  task: Long;
  /** The longest animation frame (a task and the rendering it caused, > 50 ms) from our first task on. */
  frame: Long;
  /** Wall time of each phase of the pass (setup, detect, extract, highlight), ms. */
  phases: Record<string, number>;
}

/**
 * The longest of the probe's entries that were still running at `from` or began after it (in the page); it is put in
 * the phase of the pass (or the removal) it overlaps most, else "between".
 */
function longest(list: { start: number; duration: number; render?: number }[], from: number): Long {
  const after = list.filter((e) => e.start + e.duration > from);
  const worst = [...after].sort((a, b) => b.duration - a.duration)[0];
  if (!worst) return { ms: 0, render: 0, phase: 'none', count: 0 };
  let phase = 'between';
  let most = 0;
  for (const name of ['detect', 'extract', 'highlight', 'clear']) {
    const e = performance.getEntriesByName(`sorot:${name}`).at(-1);
    if (!e) continue;
    const overlap =
      Math.min(worst.start + worst.duration, e.startTime + e.duration) - Math.max(worst.start, e.startTime);
    if (overlap > most) [phase, most] = [name, overlap];
  }
  return { ms: worst.duration, render: worst.render ?? 0, phase, count: after.length };
}

async function pass(tab: Tab): Promise<PassTiming> {
  await waitForSorot(tab, 'ready');
  return tab.evaluate((longestSource) => {
    const longestIn = new Function(`return ${longestSource}`)() as typeof longest;
    // No local arrow functions in here: tsx would wrap them in a helper the page does not have.
    const start = performance.getEntriesByName('sorot:start')[0]?.startTime ?? Number.NaN;
    const bundle = performance.getEntriesByName('sorot:bundle')[0]?.startTime ?? Number.NaN;
    // Our first task compiles the bundle and queues its evaluation, which marks `sorot:bundle` in the next task:
    // a task that ended at most 10 ms before that mark (the queue's usual wait) is counted as ours.
    const ours = bundle - 10;
    const measure = performance.getEntriesByName('sorot:annotate')[0] as PerformanceMeasure | undefined;
    const end = measure ? measure.startTime + measure.duration : Number.NaN;
    const probe = window as unknown as { sorotLongTasks?: []; sorotLongFrames?: [] };
    return {
      toHighlights: end - start,
      fromBundle: end - bundle,
      fromTask:
        end -
        ((probe.sorotLongTasks ?? []) as { start: number; duration: number }[]).reduce(
          (at, t) => (t.start + t.duration >= ours && t.start <= bundle && !(t.start >= at) ? t.start : at),
          Number.NaN,
        ),
      bundleTask: ((probe.sorotLongTasks ?? []) as { start: number; duration: number }[]).reduce(
        (ms, t) => (t.start + t.duration >= ours && t.start <= bundle ? Math.max(ms, t.duration) : ms),
        0,
      ),
      busy: measure?.detail?.busyMs ?? Number.NaN,
      marks: document.querySelectorAll('sorot-mark').length,
      task: longestIn(probe.sorotLongTasks ?? [], ours),
      frame: longestIn(probe.sorotLongFrames ?? [], ours),
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
  }, longest.toString());
}

/** How long removing every highlight took, and the longest task and animation frame while it ran. */
interface Removal {
  /** `sorot:clear`: start of the removal → the last highlight out, ms. */
  ms: number;
  /** The longest task from the start of the removal until the page was back to annotated. */
  task: Long;
  /** The longest animation frame in the same span. */
  frame: Long;
}

/** What a reader meets after the first pass of a long article, whose far highlights wait until they come near. */
interface Reading {
  /** Highlights in the page when the first pass ended. */
  atReady: number;
  /** A jump to the end of the page → a highlight in its last paragraph, ms (NaN if none came within 2 s). */
  jump: number;
  /** Scrolling back to the top a screen per animation frame: how long it took, ms. */
  scroll: number;
  /** The longest animation frame (> 50 ms) while scrolling, ms, and how many there were. */
  frame: Long;
  /** Highlights in the page after the scroll: every one, when nothing is left waiting. */
  after: number;
}

/**
 * In the page: jumps to the end and waits for a highlight in the last paragraph, then scrolls back to the top one
 * screen per frame (a reader scrolls far slower: this is the worst case for highlights attached as they come near).
 * A string, not a function: tsx would wrap the functions in it in a helper the page does not have.
 */
const READ = `return (async () => {
  const atReady = document.querySelectorAll('sorot-mark').length;
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const last = [...document.querySelectorAll('.post-content p')].at(-1);
  let t = performance.now();
  window.scrollTo(0, document.documentElement.scrollHeight);
  while (!last.querySelector('sorot-mark') && performance.now() - t < 2000) await frame();
  const jump = last.querySelector('sorot-mark') ? performance.now() - t : NaN;
  await new Promise((r) => setTimeout(r, 300));
  const from = performance.now();
  while (window.scrollY > 0) {
    window.scrollBy(0, -window.innerHeight);
    await frame();
  }
  await new Promise((r) => setTimeout(r, 300));
  return { atReady, jump, scroll: performance.now() - from, from, after: document.querySelectorAll('sorot-mark').length };
})()`;

async function reading(tab: Tab): Promise<Reading> {
  return tab.evaluate(
    async ([readSource, longestSource]) => {
      const longestIn = new Function(`return ${longestSource}`)() as typeof longest;
      const r = await (new Function(readSource)() as Promise<Omit<Reading, 'frame'> & { from: number }>);
      const probe = window as unknown as { sorotLongFrames?: [] };
      const frames = ((probe.sorotLongFrames ?? []) as { start: number; duration: number }[]).filter(
        (f) => f.start <= r.from + r.scroll,
      );
      return { ...r, frame: longestIn(frames, r.from) };
    },
    [READ, longest.toString()] as [string, string],
  );
}

/** Turns annotation off with the shortcut, reads how long removing took, and turns it back on. */
async function removal(tab: Tab): Promise<Removal> {
  await tab.press('Alt+Shift+S');
  await waitForSorot(tab, 'off');
  // Rendering the removal happens after its last task: give it a few frames before reading the probe.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const result = await tab.evaluate((longestSource) => {
    const longestIn = new Function(`return ${longestSource}`)() as typeof longest;
    const clear = performance.getEntriesByName('sorot:clear').at(-1);
    const from = clear?.startTime ?? Number.POSITIVE_INFINITY;
    const probe = window as unknown as { sorotLongTasks?: []; sorotLongFrames?: [] };
    return {
      ms: clear?.duration ?? Number.NaN,
      task: longestIn(probe.sorotLongTasks ?? [], from),
      frame: longestIn(probe.sorotLongFrames ?? [], from),
    };
  }, longest.toString());
  await tab.press('Alt+Shift+S');
  await waitForSorot(tab, 'ready');
  return result;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const busy = (passes: PassTiming[]) => `, main-thread time of the pass ${ms(median(passes.map((p) => p.busy)))}`;
const phases = (passes: PassTiming[]) =>
  ['setup', 'detect', 'extract', 'highlight']
    .map((p) => `${p} ${ms(median(passes.map((x) => x.phases[p] ?? 0)))}`)
    .join(', ');
/** "longest task 38.0 ms (in extract), none over 50 ms" or "… 3 over 50 ms" over several loads. */
const worst = (what: string, longs: Long[]) => {
  const top = [...longs].sort((a, b) => b.ms - a.ms)[0];
  if (!top || top.ms === 0) return `no ${what} over 50 ms`;
  const render = top.render ? `, ${ms(top.render)} of it rendering` : '';
  return `longest ${what} ${ms(top.ms)} (in ${top.phase}${render}; ${Math.max(...longs.map((l) => l.count))} over 50 ms)`;
};
const timings = (label: string, passes: PassTiming[], pick: (p: PassTiming) => number) => {
  const xs = passes.map(pick).filter((x) => !Number.isNaN(x));
  const seen = xs.length < passes.length ? `, ${xs.length} of ${passes.length} loads` : '';
  return xs.length ? `${label} median ${ms(median(xs))} (min ${ms(Math.min(...xs))}${seen})` : `${label} not seen`;
};

async function measure(session: Awaited<ReturnType<typeof launch>>, url: string, runs: number) {
  const passes: PassTiming[] = [];
  let removed: Removal | null = null;
  let read: Reading | null = null;
  for (let i = 0; i < runs; i++) {
    const tab = await session.openPage(url);
    passes.push(await pass(tab));
    if (i === 0 && (passes[0]?.marks ?? 0) > 0) removed = await removal(tab);
    if (i === 1 && url === HUGE) read = await reading(tab);
    await tab.close();
  }
  return { passes, removed, read };
}

function report(title: string, { passes, removed, read }: Awaited<ReturnType<typeof measure>>): void {
  console.log(
    `${title} (${passes.length} loads), ${passes[0]?.marks} marks in the page at the end of the pass (those near the viewport on a long article): ${timings('content-script start → highlights', passes, (p) => p.toHighlights)};` +
      ` ${timings('bundle start → highlights', passes, (p) => p.fromBundle)};` +
      ` ${timings('first task (compilation included) → highlights', passes, (p) => p.fromTask)}`,
  );
  const longFirst = passes.filter((p) => p.bundleTask > 0).map((p) => p.bundleTask);
  console.log(
    `  phases: ${phases(passes)}${busy(passes)}; the bundle's task over 50 ms in ${longFirst.length} of ${passes.length} loads` +
      (longFirst.length ? ` (median ${ms(median(longFirst))})` : ''),
  );
  console.log(
    `  ${worst(
      'task',
      passes.map((p) => p.task),
    )}; ${worst(
      'animation frame',
      passes.map((p) => p.frame),
    )}`,
  );
  if (removed) {
    console.log(
      `  removal ${ms(removed.ms)}; ${worst('task', [removed.task])}; ${worst('animation frame', [removed.frame])}`,
    );
  }
  if (read) {
    console.log(
      `  reading on (one load): ${read.atReady} marks at the end of the pass; jump to the end → its highlights ${ms(read.jump)}; ` +
        `back to the top a screen per frame ${ms(read.scroll)}, ${worst('animation frame', [read.frame])}; ${read.after} marks after`,
    );
  }
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
    report('fixture article', await measure(session, ARTICLE, RUNS));
    report('1 MB article text', await measure(session, HUGE, 3));
  } finally {
    await session.close();
  }
  const bundle = fs.readFileSync(path.join(BUILDS.chromium, 'content-scripts/content.js'));
  console.log(
    `content-script bundle: ${(bundle.length / 1024).toFixed(1)} KB raw, ${(gzipSync(bundle, { level: 9 }).length / 1024).toFixed(1)} KB gzip`,
  );
}

await main();
