// Where the fixture article's cold pass spends its time, per function (`npx tsx bench/page-profile.ts`, after `npm
// run build`): V8's sampling profiler in a Chromium trace (`disabled-by-default-v8.cpu_profiler`), self time of each
// content-script function in each phase of the pass (from the `sorot:*` marks and measures), summed over BENCH_RUNS
// loads of fresh tabs and divided by the number of loads. The bundle is minified: each function is named by its
// minified name and the first characters of its source.
import fs from 'node:fs';
import path from 'node:path';
import { BUILDS } from '../tests/e2e/lib/fixtures';
import type { TraceEvent } from './lib/trace';
import { tracedFixtureLoads } from './lib/traced-loads';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TOP = Number(process.env.PROFILE_TOP ?? 25);

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number; codeType?: string };
}

/** Phase windows [start, end) in trace time from the pass's marks and measures. */
function phases(events: TraceEvent[]): [string, number, number][] {
  const at = (name: string, ph: string[]) => events.filter((e) => e.name === name && ph.includes(e.ph)).at(-1)?.ts;
  const bundle = at('sorot:bundle', ['R', 'I', 'n']);
  const start = at('sorot:start', ['R', 'I', 'n']);
  const out: [string, number, number][] = [];
  if (bundle !== undefined && start !== undefined) out.push(['bundle→start', bundle, start]);
  for (const name of ['detect', 'extract', 'highlight']) {
    const b = at(`sorot:${name}`, ['b']);
    const e = at(`sorot:${name}`, ['e']);
    if (b !== undefined && e !== undefined) out.push([name, b, e]);
  }
  return out;
}

/** A function's minified name, where it is, and the start of its source. */
function label(f: ProfileNode['callFrame'], lines: string[]): string {
  const name = f.functionName || '(anonymous)';
  if (f.url?.includes('content.js'))
    return `${name} @${f.lineNumber}:${f.columnNumber} ${lines[f.lineNumber]?.slice(f.columnNumber, f.columnNumber + 60) ?? ''}`;
  return f.url ? `${name} ${path.basename(f.url)}` : name;
}

/** The profiler's time between samples, µs (their median is printed as the sampling interval). */
const intervals: number[] = [];

/** Samples per function key in each phase, from the trace's profile chunks. */
function selfTimes(events: TraceEvent[], source: string, into: Map<string, Map<string, number>>): void {
  const windows = phases(events);
  const lines = source.split('\n');
  const nodes = new Map<number, ProfileNode>();
  const starts = new Map<string, number>();
  for (const e of events) if (e.name === 'Profile') starts.set(`${e.pid}:${e.id}`, Number(e.args?.data?.startTime));
  const clock = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const key = `${e.pid}:${e.id}`;
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id + (e.pid << 20), n);
    let t = clock.get(key) ?? starts.get(key) ?? 0;
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      const node = nodes.get((samples[i] ?? -1) + (e.pid << 20));
      const phase = windows.find(([, b, end]) => t >= b && t < end)?.[0];
      if (!node || !phase) continue;
      intervals.push(deltas[i] ?? 0);
      const table = into.get(phase) ?? new Map<string, number>();
      into.set(phase, table);
      const name = label(node.callFrame, lines);
      // PROFILE_TOTAL=1: time with callees (each function once per sample) instead of self time.
      if (process.env.PROFILE_TOTAL) {
        const names = new Set<string>();
        for (let n: ProfileNode | undefined = node; n; n = nodes.get((n.parent ?? -1) + (e.pid << 20)))
          names.add(label(n.callFrame, lines));
        for (const one of names) table.set(one, (table.get(one) ?? 0) + 1);
        continue;
      }
      // Counted in samples, not in the time to the next one: a thread the machine descheduled has one sample with a
      // long gap after it, which is not CPU time.
      table.set(name, (table.get(name) ?? 0) + 1);
    }
    clock.set(key, t);
  }
}

async function main() {
  const source = fs.readFileSync(path.join(BUILDS.chromium, 'content-scripts/content.js'), 'utf8');
  const into = new Map<string, Map<string, number>>();
  await tracedFixtureLoads(RUNS, ['blink.user_timing', 'disabled-by-default-v8.cpu_profiler'], (events) =>
    selfTimes(events, source, into),
  );
  const interval = [...intervals].sort((a, b) => a - b)[intervals.length >> 1] ?? Number.NaN;
  console.log(`sampling interval ${interval} µs (median); figures are samples × interval per load, ms`);
  for (const [phase, table] of into) {
    const total = [...table.values()].reduce((a, b) => a + b, 0);
    console.log(`\n${phase}: ${((total * interval) / RUNS / 1000).toFixed(2)} ms per load`);
    for (const [name, n] of [...table].sort((a, b) => b[1] - a[1]).slice(0, TOP))
      console.log(`${((n * interval) / RUNS / 1000).toFixed(3).padStart(7)} ${name}`);
  }
}

await main();
