// The fixture pass's main-thread CPU time (`npx tsx bench/page-cpu.ts`, after `npm run build`): the thread time of a
// Chromium trace from `sorot:start` to the end of the task in which the pass ended, with its wall time beside it. On
// the shared 2-core machine the wall clock of bench:page moves by more than a change (one build's median was 14.1 ms
// at load 12 and 37.8 ms at load 15); thread time does not grow while other processes hold the CPU, though it still
// moves by ~1 ms at load 20. It counts every task of the main thread in that span: when the pass yields, the page's
// own tasks in between too.
import type { TraceEvent } from './lib/trace';
import { tracedFixtureLoads } from './lib/traced-loads';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

/** A trace event with its thread timestamp (instant events and tasks have one, async measures do not). */
type Timed = TraceEvent & { tts?: number };

/** CPU and wall time of one load's pass, ms, or null when the trace lacks a mark. */
function passTimes(events: Timed[]): { cpu: number; wall: number; tasks: number } | null {
  // The blank page before the article runs the content script too (and ends its own `sorot:annotate`): the
  // article's marks are the latest.
  const last = (name: string, ph: string) =>
    events.filter((e) => e.name === name && e.ph === ph).sort((a, b) => b.ts - a.ts)[0];
  const start = last('sorot:start', 'I') ?? last('sorot:start', 'R');
  const end = last('sorot:annotate', 'e');
  if (!start || !end || start.tts === undefined || end.ts < start.ts) return null;
  // Tasks, and microtask checkpoints that ran outside one (where a yielded pass went on in some loads), outermost only.
  const top = events.filter(
    (t) =>
      t.pid === start.pid &&
      t.tid === start.tid &&
      t.ph === 'X' &&
      (t.name === 'ThreadControllerImpl::RunTask' || t.name === 'BlinkScheduler_PerformMicrotaskCheckpoint') &&
      t.ts + (t.dur ?? 0) >= start.ts &&
      t.ts <= end.ts,
  );
  const inside = (a: Timed, b: Timed) => a !== b && a.ts >= b.ts && a.ts + (a.dur ?? 0) <= b.ts + (b.dur ?? 0);
  const tasks = top.filter((t) => !top.some((u) => inside(t, u)));
  const first = tasks.find((t) => t.ts <= start.ts);
  if (!first || first.tts === undefined) return null;
  let cpu = -(start.tts - first.tts);
  for (const t of tasks) cpu += t.tdur ?? 0;
  return { cpu: cpu / 1000, wall: (end.ts - start.ts) / 1000, tasks: tasks.length };
}

async function main() {
  const cpu: number[] = [];
  const wall: number[] = [];
  let yielded = 0;
  // A task's event is written when it ends: the one that set "ready" is still running when the page answers.
  const settleMs = 200;
  await tracedFixtureLoads(
    RUNS,
    ['blink.user_timing', 'toplevel'],
    (events) => {
      const times = passTimes(events);
      if (!times) return;
      cpu.push(times.cpu);
      wall.push(times.wall);
      if (times.tasks > 1) yielded++;
    },
    settleMs,
  );
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN;
  const ms = (xs: number[]) => `median ${median(xs).toFixed(2)} ms (min ${Math.min(...xs).toFixed(2)})`;
  console.log(
    `fixture, sorot:start → end of the pass's task, ${cpu.length} loads: CPU ${ms(cpu)}, wall ${ms(wall)}; ` +
      `${yielded} loads ran over more than one task`,
  );
}

await main();
