// The content script's first task on a first load (`npx tsx bench/page-first-load.ts`, after `npm run build`): each
// load launches a fresh browser with a new profile, so V8 has no cached code for the bundle, and traces it. Prints,
// per page, the bundle's task in thread time (CPU, which other processes disturb less than the wall clock) and in wall
// time, split into compiling the script and running its top level (outermost `v8.compile` and `v8.run` events, wall
// time), and the longest of our later tasks; then the same for a load after restarting the browser on that profile.
import type { Page } from 'playwright-core';
import { fixturePage } from '../tests/e2e/lib/fixtures';
import { launch, type Session } from '../tests/e2e/lib/session';
import { waitForSorot } from './lib/quiet-wait';
import { contentScriptEvaluation, type TraceEvent, trace } from './lib/trace';
import { ARTICLE_URL as ARTICLE, articlePage, HUGE_URL as HUGE, paragraphs } from './page-fixtures';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** The bundle's task and what it spent compiling and evaluating; the longest of the tasks after it (CPU, ms). */
function firstTask(events: TraceEvent[]) {
  const script = contentScriptEvaluation(events);
  if (!script) return null;
  const mine = (e: TraceEvent) => e.pid === script.pid && e.tid === script.tid && e.ph === 'X';
  const top = events.filter((e) => mine(e) && e.name === 'ThreadControllerImpl::RunTask');
  const task = top.find((t) => t.ts <= script.ts && script.ts <= t.ts + (t.dur ?? 0));
  if (!task) return null;
  const inside = (e: TraceEvent) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0);
  // Outermost events of a name only: V8 nests them (a compile inside a run inside a compile).
  const sum = (name: string) => {
    const list = events.filter((e) => mine(e) && inside(e) && e.name === name).sort((a, b) => a.ts - b.ts);
    let total = 0;
    let end = 0;
    for (const e of list) {
      if (e.ts >= end) total += e.dur ?? 0;
      end = Math.max(end, e.ts + (e.dur ?? 0));
    }
    return total / 1000;
  };
  if (process.env.FIRST_LOAD_EVENTS) {
    const byName = new Map<string, number>();
    for (const e of events.filter((x) => mine(x) && inside(x)))
      byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    console.log(
      [...byName]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([n, d]) => `${n} ${d.toFixed(1)}`)
        .join('; '),
    );
  }
  const later = top.filter((t) => t.ts > task.ts).map((t) => (t.tdur ?? 0) / 1000);
  return {
    cpu: (task.tdur ?? 0) / 1000,
    wall: (task.dur ?? 0) / 1000,
    compile: sum('v8.compile'),
    run: sum('v8.run'),
    later: Math.max(0, ...later),
  };
}

/** One traced load of `url` in a new tab of `session`: the bundle's task and what followed it. */
async function load(session: Session, url: string) {
  const tab = await session.openPage('about:blank');
  const page = tab.raw as Page;
  const cdp = await page.context().newCDPSession(page);
  const row = firstTask(
    await trace(cdp, ['toplevel', 'devtools.timeline', 'v8', 'disabled-by-default-v8.compile'], async () => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await waitForSorot(tab, 'ready');
    }),
  );
  await tab.close();
  return row;
}

type Row = NonNullable<ReturnType<typeof firstTask>>;

function summary(label: string, rows: Row[]): string {
  const med = (pick: (r: Row) => number) => {
    const xs = rows.map(pick).sort((a, b) => a - b);
    return `${(xs[xs.length >> 1] ?? Number.NaN).toFixed(1)} (${xs.map((x) => x.toFixed(1)).join(', ')})`;
  };
  return (
    `${label}, ${rows.length} loads: the bundle's task CPU ${med((r) => r.cpu)} ms, wall ${med((r) => r.wall)}; ` +
    `compile ${med((r) => r.compile)}, top level ${med((r) => r.run)}; longest later task CPU ${med((r) => r.later)}`
  );
}

async function main() {
  for (const [name, url] of [
    ['fixture', ARTICLE],
    ['1 MB', HUGE],
  ] as const) {
    const first: Row[] = [];
    const restarted: Row[] = [];
    for (let i = 0; i < RUNS; i++) {
      const session = await launch('chromium');
      try {
        session.serve({
          [ARTICLE]: fixturePage('article-modern.html'),
          [HUGE]: articlePage('Satu Megabita Teks Artikel untuk Uji Kecepatan', paragraphs(1_000_000)),
        });
        const row = await load(session, url);
        if (row) first.push(row);
        // The same profile after a restart of the browser: whatever V8 cached for the bundle on disk is kept.
        await session.restart();
        const again = await load(session, url);
        if (again) restarted.push(again);
      } finally {
        await session.close();
      }
    }
    console.log(summary(`${name}, first loads of a new profile`, first));
    console.log(summary(`${name}, first loads after restarting the browser`, restarted));
  }
}

await main();
