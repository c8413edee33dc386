import type { CDPSession } from 'playwright-core';

/** Records a Chromium trace of `run` with only the given categories and returns its events. */
export async function trace<E>(cdp: CDPSession, categories: readonly string[], run: () => Promise<void>): Promise<E[]> {
  const events: E[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as E[])));
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
