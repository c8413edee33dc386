import type { CDPSession } from 'playwright-core';

/** One event of a Chromium trace, as far as the benches read it. */
export interface TraceEvent {
  /** Event name ("EvaluateScript", "ThreadControllerImpl::RunTask", "Profile" …). */
  name: string;
  /** Phase ("X" for a complete event, "b"/"e" for async ones, "P" for profile chunks …). */
  ph: string;
  /** Start in trace time, µs. */
  ts: number;
  /** Wall duration of a complete event, µs. */
  dur?: number;
  /** Thread (CPU) duration of a complete event, µs. */
  tdur?: number;
  /** Id of an async event or a profile. */
  id?: string;
  /** Process. */
  pid: number;
  /** Thread. */
  tid: number;
  /** The event's data (a script's URL, a profile's samples …). */
  args?: { data?: { url?: string } & Record<string, unknown> };
}

/** Records a Chromium trace of `run` with only the given categories and returns its events. */
export async function trace(
  cdp: CDPSession,
  categories: readonly string[],
  run: () => Promise<void>,
): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: [...categories], excludedCategories: ['*'] },
    transferMode: 'ReportEvents',
  });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** The latest evaluation of the content script in a trace: the navigated page's. */
export function contentScriptEvaluation(events: readonly TraceEvent[]): TraceEvent | undefined {
  return events.filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.includes('content.js')).at(-1);
}
