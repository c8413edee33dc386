/** When to re-run after page changes. */
export interface ObserveOptions {
  /** Quiet time after the last change before re-running, ms. */
  debounceMs?: number;
  /** Longest wait while changes keep coming (a page rewriting itself every 100 ms), ms; doubles while they do. */
  maxWaitMs?: number;
}

/** The longest a page that never stops changing waits between two passes, ms. */
const MAX_BACKOFF_MS = 16_000;

/**
 * Calls `onChange` (debounced) when the page adds, removes or edits content under `root`. Mutations made only of
 * nodes `isOurs` recognises (highlights, their styles) are ignored, so our own work never triggers a new pass; a
 * page that keeps changing (or keeps undoing our highlights) gets passes ever further apart, until it calms down.
 * Stops when `signal` aborts.
 */
export function observeChanges(
  root: Node,
  isOurs: (node: Node) => boolean,
  onChange: () => void,
  signal: AbortSignal,
  { debounceMs = 300, maxWaitMs = 1500 }: ObserveOptions = {},
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  let lastFire = Number.NEGATIVE_INFINITY;
  let streak = 0;
  const limit = () => Math.min(maxWaitMs * 2 ** streak, MAX_BACKOFF_MS);
  const fire = () => {
    const now = performance.now();
    streak = now - lastFire < 2 * limit() ? streak + 1 : 0;
    lastFire = now;
    timer = undefined;
    firstChange = 0;
    onChange();
  };
  // Indexed, not spread into arrays: highlighting a 1 MB page delivers a record per paragraph, ~44,000 nodes, and
  // copying each record's node lists cost ~40 ms of the main thread there (CPU profile of bench:page), removal again.
  const allOurs = (nodes: NodeList) => {
    for (let i = 0; i < nodes.length; i++) if (!isOurs(nodes[i] as Node)) return false;
    return true;
  };
  // We never edit text data, so every characterData record is the page's.
  const isPageChange = (r: MutationRecord) =>
    r.type === 'characterData' || !allOurs(r.removedNodes) || !allOurs(r.addedNodes);
  const observer = new MutationObserver((records) => {
    if (!records.some(isPageChange)) return;
    const now = performance.now();
    if (!firstChange) firstChange = now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstChange + limit() - now));
    timer = setTimeout(fire, wait);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
