import { existsSync, readFileSync } from 'node:fs';
import type { Extraction } from '../../core/index';

type Tag = 'PERSON' | 'ORGANISATION' | 'PLACE';
const TAGS = new Set<string>(['PERSON', 'ORGANISATION', 'PLACE']);

/** One CoNLL sentence: tokens and their BIO tags. */
interface Sentence {
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

function goldSpans(tags: readonly string[]): Set<string> {
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

/** Exact-span precision/recall/F1 of `extract` over the sentences, tokens joined by spaces. */
export function spanScore(
  sentences: readonly Sentence[],
  extract: (t: string) => Extraction,
): { tp: number; predicted: number; gold: number } {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const s of sentences) {
    const starts = new Map<number, number>();
    const ends = new Map<number, number>();
    let at = 0;
    s.words.forEach((w, i) => {
      starts.set(at, i);
      ends.set(at + w.length, i + 1);
      at += w.length + 1;
    });
    const text = s.words.join(' ');
    const result = extract(text);
    const pred = new Set<string>();
    const add = (type: Tag, mentions: readonly { start: number; end: number }[]) => {
      for (const m of mentions) {
        const a = starts.get(m.start);
        const b = ends.get(m.end);
        if (a !== undefined && b !== undefined) pred.add(`${a}:${b}:${type}`);
      }
    };
    for (const p of result.persons) add('PERSON', p.mentions);
    for (const o of result.organizations) add('ORGANISATION', o.mentions);
    for (const l of result.places) add('PLACE', l.mentions);
    const g = goldSpans(s.tags);
    gold += g.size;
    predicted += pred.size;
    for (const k of pred) if (g.has(k)) tp++;
  }
  return { tp, predicted, gold };
}
