/**
 * A learned baseline for NERGrit: an averaged perceptron over token features, trained at evaluation time on the
 * training split and decoded greedily. It is not part of extract(): its weights (≈30 KB gzip even when pruned)
 * would not fit the content script's size budget, so eval reports it beside the rules for comparison only.
 */
import { type Token, type Tokens, tokenize } from '../../../core/tokenize';
import { dictionaryMarks, features } from './features';
import { TAGS } from './tags';

/** Feature → averaged weight per tag. */
export type Model = Map<string, Float64Array>;

/** A sentence as our tokenizer splits it, with the gold tag of every token. */
export interface TaggedTokens extends Tokens {
  /** Their tags ("B-PERSON", "O" …). */
  gold: string[];
}

/** Re-tokenises a CoNLL sentence (tokens joined by spaces) and carries each original token's tag over. */
export function prepare(words: readonly string[], tags: readonly string[]): TaggedTokens {
  const tokens = tokenize(words.join(' '));
  const byStart = new Map<number, string>();
  let at = 0;
  words.forEach((w, k) => {
    byStart.set(at, tags[k] as string);
    at += w.length + 1;
  });
  return { ...tokens, gold: [...tokens.start].map((start) => byStart.get(start) ?? 'O') };
}

function best(model: Model, f: readonly string[]): number {
  const s = new Float64Array(TAGS.length);
  for (const name of f) {
    const w = model.get(name);
    if (w) for (let k = 0; k < TAGS.length; k++) s[k] = (s[k] as number) + (w[k] as number);
  }
  let top = 0;
  for (let k = 1; k < TAGS.length; k++) if ((s[k] as number) > (s[top] as number)) top = k;
  return top;
}

/** Trains on the sentences for `epochs` passes and returns the averaged weights. */
export function train(data: readonly TaggedTokens[], epochs = 8): Model {
  const weights: Model = new Map();
  const totals: Model = new Map();
  const stamps: Model = new Map();
  let step = 0;
  const row = (m: Model, name: string) => {
    let r = m.get(name);
    if (!r) {
      r = new Float64Array(TAGS.length);
      m.set(name, r);
    }
    return r;
  };
  const update = (name: string, tag: number, delta: number) => {
    const w = row(weights, name);
    const total = row(totals, name);
    const stamp = row(stamps, name);
    total[tag] = (total[tag] as number) + (step - (stamp[tag] as number)) * (w[tag] as number);
    stamp[tag] = step;
    w[tag] = (w[tag] as number) + delta;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const { tokens, gold } of data) {
      const marks = dictionaryMarks(tokens);
      let prev = '<s>';
      let prev2 = '<s>';
      for (let i = 0; i < tokens.length; i++) {
        step++;
        const f = features(tokens, marks, i, prev, prev2);
        const guess = best(weights, f);
        const truth = TAGS.indexOf(gold[i] as (typeof TAGS)[number]);
        if (guess !== truth) {
          for (const name of f) {
            update(name, truth, 1);
            update(name, guess, -1);
          }
        }
        prev2 = prev;
        prev = gold[i] as string;
      }
    }
  }
  const averaged: Model = new Map();
  for (const [name, w] of weights) {
    const total = totals.get(name) as Float64Array;
    const stamp = stamps.get(name) as Float64Array;
    const avg = new Float64Array(TAGS.length);
    for (let k = 0; k < TAGS.length; k++) {
      avg[k] = ((total[k] as number) + (step - (stamp[k] as number)) * (w[k] as number)) / step;
    }
    averaged.set(name, avg);
  }
  return averaged;
}

/** Tags a sentence greedily; an inside tag that does not continue its entity becomes a beginning. */
export function tag(model: Model, tokens: readonly Token[]): string[] {
  const marks = dictionaryMarks(tokens);
  const tags: string[] = [];
  let prev = '<s>';
  let prev2 = '<s>';
  for (let i = 0; i < tokens.length; i++) {
    let t: string = TAGS[best(model, features(tokens, marks, i, prev, prev2))] as string;
    if (t.startsWith('I-') && prev.slice(2) !== t.slice(2)) t = `B-${t.slice(2)}`;
    tags.push(t);
    prev2 = prev;
    prev = t;
  }
  return tags;
}
