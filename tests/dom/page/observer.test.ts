import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeChanges } from '../../../page/observer';

afterEach(() => {
  vi.useRealTimers();
});

/** A page with one paragraph that a script rewrites, observed with a 300 ms debounce and a 1 s longest wait. */
function livePage() {
  vi.useFakeTimers();
  document.body.innerHTML = '<p id="live"></p>';
  const onChange = vi.fn();
  const controller = new AbortController();
  observeChanges(document.body, () => false, onChange, controller.signal, { debounceMs: 300, maxWaitMs: 1000 });
  return { live: document.getElementById('live') as HTMLElement, onChange, controller };
}

/** Rewrites the paragraph `times` times, every 100 ms. */
async function rewrite(live: HTMLElement, times: number) {
  for (let i = 0; i < times; i++) {
    live.textContent = `pembaruan ${i}`;
    await vi.advanceTimersByTimeAsync(100);
  }
}

describe('observeChanges', () => {
  it('calls back once after the page settles, ignores our own nodes, and stops on abort', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div id="a"></div>';
    const ours = new WeakSet<Node>();
    const onChange = vi.fn();
    const controller = new AbortController();
    observeChanges(document.body, (n) => ours.has(n), onChange, controller.signal, {
      debounceMs: 100,
      maxWaitMs: 1000,
    });

    const mine = document.createElement('sorot-mark');
    ours.add(mine);
    document.body.appendChild(mine);
    await vi.advanceTimersByTimeAsync(500);
    expect(onChange).not.toHaveBeenCalled();

    document.getElementById('a')?.append('paragraf baru', document.createElement('p'));
    await vi.advanceTimersByTimeAsync(50);
    document.getElementById('a')?.append('lagi');
    await vi.advanceTimersByTimeAsync(200);
    expect(onChange).toHaveBeenCalledTimes(1);

    controller.abort();
    document.getElementById('a')?.append('setelah berhenti');
    await vi.advanceTimersByTimeAsync(500);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('still runs while a page keeps changing, at most once per maxWait', async () => {
    const { live, onChange, controller } = livePage();
    await rewrite(live, 30);
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(onChange.mock.calls.length).toBeLessThanOrEqual(3);
    controller.abort();
  });

  it('backs off on a page that never stops changing, and reacts quickly again once it calmed down', async () => {
    const { live, onChange, controller } = livePage();
    await rewrite(live, 200);
    // Without backing off: about 20 passes in 20 s; with it, passes at about 1, 2, 4, 8 and 16 s.
    expect(onChange.mock.calls.length).toBeLessThanOrEqual(6);
    await vi.advanceTimersByTimeAsync(60_000);
    const settled = onChange.mock.calls.length;
    live.textContent = 'satu perubahan';
    await vi.advanceTimersByTimeAsync(400);
    expect(onChange.mock.calls.length).toBe(settled + 1);
    controller.abort();
  });
});
