import type { TextSpan } from '../messaging/protocol';

/** A run of the article string read from one text node (the shape of page/text-map's segments). */
export interface MappedRun {
  /** Index of the run's first character in the article string. */
  start: number;
  /** Characters in the run. */
  length: number;
  /** The text node it was read from (highlighting may since have replaced it by pieces). */
  node: Node;
  /** Offset in the node's data of the run's first character. */
  offset: number;
}

/** The article string and the runs that built it (page/text-map's TextMap fits). */
export interface ArticleMap {
  /** Paragraphs joined by "\n", whitespace collapsed to single spaces. */
  text: string;
  /** Runs of `text`, in order. */
  segments: readonly MappedRun[];
}

/** Whitespace runs as one space, as the article text has them. */
const collapse = (s: string) => s.replace(/\s+/g, ' ');

/** Where in the article text the selection roughly starts, measured from the last mapped node still on the page. */
function estimateStart(map: ArticleMap, range: Range): number {
  const at = range.cloneRange();
  at.collapse(true);
  let anchor: MappedRun | null = null;
  for (const run of map.segments) {
    if (!run.node.isConnected) continue;
    if (at.comparePoint(run.node, run.offset) > 0) break;
    anchor = run;
  }
  if (!anchor) return 0;
  const between = range.cloneRange();
  between.setStart(anchor.node, anchor.offset);
  between.setEnd(range.startContainer, range.startOffset);
  return anchor.start + collapse(between.toString()).length;
}

/** `text` without whitespace, and for each remaining character its offset in `text`. */
function squeeze(text: string): { chars: string; offsets: number[] } {
  let chars = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i] as string)) continue;
    chars += text[i];
    offsets.push(i);
  }
  return { chars, offsets };
}

/**
 * The article-text offsets of a DOM selection. Highlighting replaces text nodes by pieces, so this does not trust
 * node identity: it finds the selected text in the article text (ignoring whitespace, which the DOM and the
 * article text lay out differently between paragraphs) and, when it occurs more than once, takes the occurrence
 * nearest to where the selection sits. Null when the selection is not article text.
 */
export function selectionSpan(map: ArticleMap, range: Range): TextSpan | null {
  const quote = range.toString().replace(/\s+/g, '');
  if (quote === '') return null;
  const text = squeeze(map.text);
  const estimate = estimateStart(map, range);
  let best: number | null = null;
  for (let at = text.chars.indexOf(quote); at !== -1; at = text.chars.indexOf(quote, at + 1)) {
    const start = text.offsets[at] as number;
    if (best === null || Math.abs(start - estimate) < Math.abs(best - estimate)) best = start;
  }
  if (best === null) return null;
  const first = text.offsets.indexOf(best);
  return { start: best, end: (text.offsets[first + quote.length - 1] as number) + 1 };
}
