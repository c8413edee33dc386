import type { Token } from './tokenize';

/**
 * A trie node. Most nodes have one child or none, so a single child is kept inline and a Map is made only where
 * phrases branch: thousands of small Maps made loading the gazetteer cost more than an article's extraction.
 */
class TrieNode<V> {
  /** Word leading to the only child, while the node has exactly one. */
  onlyWord: string | null = null;
  /** The only child, while the node has exactly one. */
  only: TrieNode<V> | null = null;
  /** Children by lower-cased token text, once the node has two or more. */
  next: Map<string, TrieNode<V>> | null = null;
  /** Values of the phrases ending here. */
  values: V[] | null = null;

  child(word: string): TrieNode<V> | undefined {
    if (this.onlyWord === word) return this.only as TrieNode<V>;
    return this.next?.get(word);
  }

  addChild(word: string): TrieNode<V> {
    const found = this.child(word);
    if (found) return found;
    const made = new TrieNode<V>();
    if (this.next) this.next.set(word, made);
    else if (this.only) {
      this.next = new Map([
        [this.onlyWord as string, this.only],
        [word, made],
      ]);
      this.onlyWord = null;
      this.only = null;
    } else {
      this.onlyWord = word;
      this.only = made;
    }
    return made;
  }
}

/**
 * A phrase dictionary keyed by lower-cased token sequences; values are whatever the caller stores. Phrases may be
 * given as text with `addLater`: they wait, grouped by first word, until a look-up first meets that word, and
 * `build` then adds them. An article meets a few dozen of the gazetteer's first words, and building every phrase
 * at load cost a cold page more than extracting its article. The first look-up of a word builds only the phrases
 * whose text holds the token after it, and a look-up with another word after it the rest: "Menteri" and
 * "Kementerian" start 140 phrases, of which the fixture article uses a handful (building all cost it ~1.5 of its
 * ~12 ms of cold extraction).
 */
export class PhraseTrie<V, R = never> {
  private readonly root = new TrieNode<V>();
  /**
   * The deferred phrases, three slots each: the text, what the caller gave with it, and the slot of the previous
   * phrase with the same first word (-1 for none). A group object with two arrays per first word made loading the
   * gazetteer's ~2,500 phrases take 12.4 ms instead of 7.9 (cold Node, median): allocation and scavenges.
   */
  private readonly waiting: unknown[] = [];
  /** First word → its last deferred phrase, or -1 once the group is in the trie (kept, so `starts` needs one look-up). */
  private readonly later = new Map<string, number>();
  /** Some phrase was added directly, not through `addLater`. */
  private direct = false;
  /** `build` is adding a group's phrases. */
  private building = false;
  /** First word → the second word its group was built for, while the group's other phrases wait. */
  private readonly partly = new Map<string, string>();

  /** `build` adds a deferred phrase (its text and what the caller gave with it) with `add`. */
  constructor(private readonly build?: (trie: PhraseTrie<V, R>, text: string, raw: R) => void) {}

  /** Adds a phrase given as its lower-cased token texts. */
  add(words: readonly string[], value: V): void {
    if (!this.building) this.direct = true;
    let node = this.root;
    for (const w of words) node = node.addChild(w);
    if (node.values) node.values.push(value);
    else node.values = [value];
  }

  /**
   * Keeps a phrase for `build`, under `first`, the lower-cased text of its first token. Phrases sharing a first
   * word are built together and in order, so values ending at one node keep the order they were given in.
   */
  addLater(first: string, text: string, raw: R): void {
    this.later.set(first, this.waiting.push(text, raw, this.later.get(first) ?? -1) - 3);
  }

  /** True when some phrase starts with this lower-cased word: a cheap test before `longest`. */
  starts(word: string): boolean {
    return this.later.has(word) || (this.direct && this.root.child(word) !== undefined);
  }

  /**
   * The longest phrase starting at token `at` whose value passes `accept` (which sees the value, the end index,
   * the tokens and `at`, so it need not be a closure made per call), or null. The walk stops at `limit` tokens so
   * a run of one repeated word costs a bounded amount.
   */
  longest(
    tokens: readonly Token[],
    at: number,
    accept?: (value: V, end: number, tokens: readonly Token[], at: number) => boolean,
    limit = 12,
  ): { value: V; end: number } | null {
    if (this.later.size > 0 && at < tokens.length) this.buildGroup((tokens[at] as Token).lower, tokens[at + 1]?.lower);
    let node: TrieNode<V> | undefined = this.root;
    let bestValue: V | undefined;
    let bestEnd = -1;
    const stop = Math.min(tokens.length, at + limit);
    for (let i = at; i < stop; i++) {
      node = node.child((tokens[i] as Token).lower);
      if (!node) break;
      const values = node.values;
      if (!values) continue;
      for (let k = 0; k < values.length; k++) {
        const v = values[k] as V;
        if (!accept || accept(v, i + 1, tokens, at)) {
          bestValue = v;
          bestEnd = i + 1;
        }
      }
    }
    return bestEnd < 0 ? null : { value: bestValue as V, end: bestEnd };
  }

  /**
   * Builds the waiting phrases of `first` that may go on with the word `second` (all of them when `second` is
   * empty or the group was already built for another word); the others wait again, in order. Phrases with the
   * same tokens are built in the same call and in order: values ending at one node keep the order they were given in.
   */
  private buildGroup(first: string, second = ''): void {
    const last = this.later.get(first);
    if (last === undefined || last < 0 || !this.build) return;
    const built = this.partly.get(first);
    if (built === second) return;
    if (built !== undefined) second = '';
    this.later.set(first, -1);
    const w = this.waiting;
    // In the order given: the chain runs from the last phrase back to the first.
    const group: number[] = [];
    for (let k = last; k >= 0; k = w[k + 2] as number) group.unshift(k);
    this.building = true;
    for (let g = 0; g < group.length; g++) {
      const k = group[g] as number;
      const text = w[k] as string;
      const raw = w[k + 1] as R;
      w[k] = w[k + 1] = null;
      // A phrase of one token has no space; one of more whose text lacks `second` cannot have it as its second token.
      if (!text.includes(' ') || text.toLowerCase().includes(second)) this.build(this, text, raw);
      else {
        this.addLater(first, text, raw);
        this.partly.set(first, second);
      }
    }
    this.building = false;
  }
}
