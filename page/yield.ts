/**
 * Resolves in a new task queued behind the page's own timers and events. Not `scheduler.yield()`: its continuation
 * jumps ahead of the page's queued tasks, so a long pass made of short slices still starves the page's timers.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves once the browser has had the chance to render what the current task changed (after the next animation
 * frame), or after `fallbackMs` when no frame comes (a hidden tab renders none).
 */
export function afterNextFrame(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (!done) resolve();
      done = true;
    };
    const timer = setTimeout(finish, fallbackMs);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(finish, 0);
    });
  });
}

/** Calls `yieldToPage` only when the current task has run longer than `budgetMs`. */
export class TaskBudget {
  private started = performance.now();
  private spent = 0;

  constructor(
    private readonly budgetMs = 25,
    private readonly pause: () => Promise<void> = yieldToPage,
  ) {}

  /** Yields if the budget is spent; the next task gets a fresh budget. */
  async check(): Promise<void> {
    const now = performance.now();
    if (now - this.started < this.budgetMs) return;
    this.spent += now - this.started;
    await this.pause();
    this.started = performance.now();
  }

  /** Main-thread time used so far (the slices between yields), ms: the cost of a pass without the waiting. */
  busyMs(): number {
    return this.spent + performance.now() - this.started;
  }
}
