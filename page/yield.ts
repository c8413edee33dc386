/** Continuations waiting for their message, oldest first; the channel is made on first use. */
const waiting: (() => void)[] = [];
let channel: MessageChannel | null = null;

/**
 * Resolves in a new task queued behind the page's own timers and events. A message on a private MessageChannel, not
 * `setTimeout(0)`: Chromium and Firefox clamp a timer set from a chain of five nested timers to 4 ms or more, which a
 * pass of a hundred slices pays a hundred times. Not `scheduler.yield()` either: its continuation jumps ahead of the
 * page's queued tasks, so a long pass made of short slices would still starve the page's timers.
 */
export function yieldToPage(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}

/** Calls `yieldToPage` only when the current task has run longer than `budgetMs`. */
export class TaskBudget {
  private spent = 0;

  /** `started`: when the current task began, if before now (the first slice then gets only what is left). */
  constructor(
    private readonly budgetMs = 25,
    private readonly pause: () => Promise<void> = yieldToPage,
    private started = performance.now(),
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
