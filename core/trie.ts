import type { Token } from './tokenize';

/** A phrase dictionary keyed by lower-cased token sequences; values are whatever the caller stores. */
export class PhraseTrie<V> {
  private readonly root: Node<V> = { next: new Map() };

  /** Adds a phrase given as its lower-cased token texts. */
  add(words: readonly string[], value: V): void {
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    node.values = node.values ? [...node.values, value] : [value];
  }

  /** True when some phrase starts with this lower-cased word: a cheap test before `longest`. */
  starts(word: string): boolean {
    return this.root.next.has(word);
  }

  /**
   * The longest phrase starting at token `at` whose value passes `accept` (which sees the value and the end index),
   * or null. The walk stops at `limit` tokens so a run of one repeated word costs a bounded amount.
   */
  longest(
    tokens: readonly Token[],
    at: number,
    accept: (value: V, end: number) => boolean = () => true,
    limit = 12,
  ): { value: V; end: number } | null {
    let node: Node<V> | undefined = this.root;
    let best: { value: V; end: number } | null = null;
    for (let i = at; i < tokens.length && i - at < limit; i++) {
      node = node.next.get((tokens[i] as Token).lower);
      if (!node) break;
      for (const v of node.values ?? []) if (accept(v, i + 1)) best = { value: v, end: i + 1 };
    }
    return best;
  }
}

interface Node<V> {
  /** Children by lower-cased token text. */
  next: Map<string, Node<V>>;
  /** Values of the phrases ending here. */
  values?: V[];
}
