import type { TextSpan } from '../messaging/protocol';

/** A run of the article string read from one text node (the shape of page/text-map's segments). */
export interface MappedRun {
  /** Index of the run's first character in the article string. */
  start: number;
  /** Characters in the run. */
  length: number;
  /** The text node it was read from. */
  node: Node;
  /** Offset in the node's data of the run's first character. */
  offset: number;
}

/**
 * The article-string offsets a DOM range covers, given the runs that built the string (in order); null when the
 * range touches no run (a selection outside the article). Boundaries inside collapsed whitespace snap to text.
 */
export function selectionSpan(runs: readonly MappedRun[], range: Range): TextSpan | null {
  let start: number | null = null;
  let end: number | null = null;
  for (const run of runs) {
    const runEnd = run.offset + run.length;
    if (range.comparePoint(run.node, runEnd) < 0) continue;
    if (range.comparePoint(run.node, run.offset) > 0) break;
    if (start === null) {
      const within = range.startContainer === run.node ? range.startOffset - run.offset : 0;
      start = run.start + Math.min(Math.max(within, 0), run.length);
    }
    const within = range.endContainer === run.node ? range.endOffset - run.offset : run.length;
    end = run.start + Math.min(Math.max(within, 0), run.length);
  }
  return start !== null && end !== null && end > start ? { start, end } : null;
}
