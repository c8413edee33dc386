/**
 * Resolves in a new task queued behind the page's own timers and events. Not `scheduler.yield()`: its continuation
 * jumps ahead of the page's queued tasks, so a long pass made of short slices still starves the page's timers.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A pause that is `scheduler.yield()` the first time, where the browser has it (Chromium 129+, Firefox 153 ESR), and
 * `yieldToPage` after: one continuation resumes ahead of the page's queued tasks (its load event, the content
 * script's own deferred setup), which then run after that one slice, so it cannot starve them. `scheduler` is read
 * at that first pause, not before: a pass that never yields does not pay for setting up its interface (~0.1 ms).
 */
export function firstAhead(): () => Promise<void> {
  let first = true;
  return () => {
    const scheduler = first ? (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler : undefined;
    first = false;
    return scheduler?.yield ? scheduler.yield() : yieldToPage();
  };
}

/**
 * Resolves once the browser has rendered what the current task changed (after the next animation frame), with the
 * time that rendering took (from the frame callback, which runs just before style and layout, to the next task), ms;
 * or with null after `fallbackMs` when no frame comes (a hidden tab renders none).
 */
export function afterNextFrame(fallbackMs = 100): Promise<number | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), fallbackMs);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      const framed = performance.now();
      setTimeout(() => resolve(performance.now() - framed), 0);
    });
  });
}

/** A task that has run less than this is fresh: yielding it would give the coming work nothing more, ms. */
const FRESH_TASK_MS = 2;

/** Calls `yieldToPage` only when the current task has run longer than `budgetMs`. */
export class TaskBudget {
  private spent = 0;

  /** `started`: when the current task began, if before now (the first slice then gets only what is left). */
  constructor(
    private readonly budgetMs = 25,
    private readonly pause: () => Promise<void> = yieldToPage,
    private started = performance.now(),
  ) {}

  /**
   * Yields if the budget is spent, or if `nextMs` of coming work would overrun it in a task that has already done
   * some: that work then starts a task of its own instead of making this one long. The next task gets a fresh budget.
   */
  async check(nextMs = 0): Promise<void> {
    const now = performance.now();
    const used = now - this.started;
    if (used + (used < FRESH_TASK_MS ? 0 : nextMs) < this.budgetMs) return;
    this.spent += used;
    await this.pause();
    this.started = performance.now();
  }

  /** Main-thread time used so far (the slices between yields), ms: the cost of a pass without the waiting. */
  busyMs(): number {
    return this.spent + performance.now() - this.started;
  }
}
