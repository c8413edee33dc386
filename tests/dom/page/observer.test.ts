import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeChanges } from '../../../page/observer';

afterEach(() => {
  vi.useRealTimers();
});

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
    vi.useFakeTimers();
    document.body.innerHTML = '<p id="live"></p>';
    const onChange = vi.fn();
    const controller = new AbortController();
    observeChanges(document.body, () => false, onChange, controller.signal, { debounceMs: 300, maxWaitMs: 1000 });
    for (let i = 0; i < 30; i++) {
      (document.getElementById('live') as HTMLElement).textContent = `pembaruan ${i}`;
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(onChange.mock.calls.length).toBeLessThanOrEqual(3);
    controller.abort();
  });

  it('backs off on a page that never stops changing, and reacts quickly again once it calmed down', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p id="live"></p>';
    const onChange = vi.fn();
    const controller = new AbortController();
    observeChanges(document.body, () => false, onChange, controller.signal, { debounceMs: 300, maxWaitMs: 1000 });
    const live = document.getElementById('live') as HTMLElement;
    for (let i = 0; i < 200; i++) {
      live.textContent = `pembaruan ${i}`;
      await vi.advanceTimersByTimeAsync(100);
    }
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
