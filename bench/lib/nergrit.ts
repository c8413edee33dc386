import { existsSync, readFileSync } from 'node:fs';
import type { Extraction } from '../../core/index';
import type { Counts } from './gold';

export type Tag = 'PERSON' | 'ORGANISATION' | 'PLACE';
const TAGS = new Set<string>(['PERSON', 'ORGANISATION', 'PLACE']);

/** One CoNLL sentence: tokens and their BIO tags. */
export interface Sentence {
  /** Tokens. */
  words: string[];
  /** Tags ("B-PERSON", "O" …). */
  tags: string[];
}

/** Reads token\tTAG lines, blank line between sentences; null when the file is absent. */
export function readConll(path: string): Sentence[] | null {
  if (!existsSync(path)) return null;
  const out: Sentence[] = [];
  let cur: Sentence = { words: [], tags: [] };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [w, t] = line.split('\t');
    if (!w || t === undefined) {
      if (cur.words.length) out.push(cur);
      cur = { words: [], tags: [] };
      continue;
    }
    cur.words.push(w);
    cur.tags.push(t.trim());
  }
  if (cur.words.length) out.push(cur);
  return out;
}

/** "from:to:TYPE" keys of the BIO spans in `tags` (PERSON, ORGANISATION, PLACE only). */
export function spansOfTags(tags: readonly string[]): Set<string> {
  const spans = new Set<string>();
  for (let i = 0; i < tags.length; i++) {
    const [bio, type] = (tags[i] as string).split('-');
    if (bio !== 'B' || !type || !TAGS.has(type)) continue;
    let j = i + 1;
    while (tags[j] === `I-${type}`) j++;
    spans.add(`${i}:${j}:${type}`);
  }
  return spans;
}

/** Word index of each character offset where a word starts, and one past the word for each end offset. */
function wordOffsets(words: readonly string[]): { starts: Map<number, number>; ends: Map<number, number> } {
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  let at = 0;
  words.forEach((w, i) => {
    starts.set(at, i);
    ends.set(at + w.length, i + 1);
    at += w.length + 1;
  });
  return { starts, ends };
}

/** Predicted spans as word ranges, from character ranges into the words joined by spaces. */
export function toWordSpans(
  words: readonly string[],
  spans: readonly { start: number; end: number; type: Tag }[],
): Set<string> {
  const { starts, ends } = wordOffsets(words);
  const out = new Set<string>();
  for (const m of spans) {
    const a = starts.get(m.start);
    const b = ends.get(m.end);
    if (a !== undefined && b !== undefined) out.add(`${a}:${b}:${m.type}`);
  }
  return out;
}

/** The spans extract() finds in a sentence (every mention of persons, organisations and places). */
export function extractSpans(words: readonly string[], extract: (t: string) => Extraction): Set<string> {
  const r = extract(words.join(' '));
  const spans: { start: number; end: number; type: Tag }[] = [];
  for (const p of r.persons) for (const m of p.mentions) spans.push({ ...m, type: 'PERSON' });
  for (const o of r.organizations) for (const m of o.mentions) spans.push({ ...m, type: 'ORGANISATION' });
  for (const l of r.places) for (const m of l.mentions) spans.push({ ...m, type: 'PLACE' });
  return toWordSpans(words, spans);
}

/** Exact-span counts of `predict` over the sentences. */
export function spanScore(sentences: readonly Sentence[], predict: (s: Sentence) => Set<string>): Counts {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const s of sentences) {
    const pred = predict(s);
    const g = spansOfTags(s.tags);
    gold += g.size;
    predicted += pred.size;
    for (const k of pred) if (g.has(k)) tp++;
  }
  return { tp, predicted, gold };
}
