/** Resolves after the browser had a chance to run other tasks (input, rendering, page scripts). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  // A message round-trip is not clamped to 4 ms like nested setTimeout(0).
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Calls `yieldToPage` only when the current task has run longer than `budgetMs`. */
export class TaskBudget {
  private started = performance.now();

  constructor(
    private readonly budgetMs = 20,
    private readonly pause: () => Promise<void> = yieldToPage,
  ) {}

  /** Yields if the budget is spent; the next task gets a fresh budget. */
  async check(): Promise<void> {
    if (performance.now() - this.started < this.budgetMs) return;
    await this.pause();
    this.started = performance.now();
  }
}
