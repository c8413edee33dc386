import { yieldToPage } from './yield';

/** A frame (our batch plus the style, layout and paint it causes) aims at this, well under the 50 ms of a long task. */
const TARGET_FRAME_MS = 36;
/** Characters of changed text in the first frame of a long batch run, before any frame was measured. */
const FIRST_FRAME_CHARS = 24_000;
/** Bounds of a frame's batch, in characters of changed text. */
const MIN_FRAME_CHARS = 4_000;
const MAX_FRAME_CHARS = 120_000;
/** A run this small (any real article) is applied at once, in the task that asked: no wait for a frame. */
export const AT_ONCE_CHARS = 30_000;

/**
 * Runs `fn` in the next animation frame, just before the browser renders, and resolves with the time from the frame's
 * start to the first task after its rendering (our batch + style + layout + paint), ms; or runs it in a plain task
 * and resolves null when no frame comes within `fallbackMs` (a hidden tab renders none).
 */
export function inNextFrame(fn: () => void, fallbackMs = 100): Promise<number | null> {
  return new Promise((resolve) => {
    let done = false;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      fn();
      resolve(null);
    }, fallbackMs);
    requestAnimationFrame(() => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      const start = performance.now();
      fn();
      void yieldToPage().then(() => resolve(performance.now() - start));
    });
  });
}

/** How a run of changes is applied: `prepare` readies an item off the page (may return null: nothing to do), `apply` puts it in. */
export interface FrameWork<T, P> {
  /** Characters of page text the item changes: what a frame's rendering costs. */
  chars(item: T): number;
  /** Readies one item without touching the page (no layout is dirtied); null when there is nothing to apply. */
  prepare(item: T): P | null;
  /** Puts a prepared item into the page. */
  apply(prepared: P): void;
  /** False once the run is superseded: nothing more is prepared or applied. */
  current(): boolean;
}

/**
 * Applies `items` in order, one batch per animation frame, each batch as many characters as the last frames say
 * fit in TARGET_FRAME_MS: on a long article each frame lays out every paragraph that changed, which costs far more
 * than the DOM calls, so batches follow the measured frames rather than a fixed count. The next batch is prepared
 * right after a frame, in the idle time before the next one. A run of at most AT_ONCE_CHARS (any real article) is
 * prepared and applied at once, in the calling task. Resolves false as soon as `current()` is false.
 */
export async function applyInFrames<T, P>(items: readonly T[], work: FrameWork<T, P>): Promise<boolean> {
  let total = 0;
  for (const item of items) total += work.chars(item);
  let next = 0;
  let perFrame = total <= AT_ONCE_CHARS ? total : FIRST_FRAME_CHARS;
  const batch = (): P[] => {
    const out: P[] = [];
    for (let used = 0; next < items.length && used < perFrame; next++) {
      const item = items[next] as T;
      used += work.chars(item);
      const ready = work.prepare(item);
      if (ready !== null) out.push(ready);
    }
    return out;
  };
  if (total <= AT_ONCE_CHARS) {
    for (const ready of batch()) work.apply(ready);
    return true;
  }
  const nextBatch = (): P[] => {
    let ready = batch();
    while (ready.length === 0 && next < items.length) ready = batch();
    return ready;
  };
  let ready = nextBatch();
  while (ready.length > 0) {
    if (!work.current()) return false;
    const frameMs = await inNextFrame(() => {
      if (work.current()) for (const one of ready) work.apply(one);
    });
    if (!work.current()) return false;
    // Proportional, at most doubling or halving per frame, so one odd frame (a GC, the page's own work) cannot swing it.
    if (frameMs !== null) {
      const fit = (perFrame * TARGET_FRAME_MS) / Math.max(frameMs, 1);
      perFrame = Math.min(MAX_FRAME_CHARS, Math.max(MIN_FRAME_CHARS, perFrame / 2, Math.min(fit, perFrame * 2)));
    }
    ready = nextBatch();
  }
  return true;
}
