import { BLOCK_TAGS, isFurniture, isNeverText } from './exclude';
import { drain, walkSteps } from './walk';

/** A run of the article string that comes from one text node, character for character. */
interface Segment {
  /** Index of the run's first character in the article string. */
  start: number;
  /** Characters in the run. */
  length: number;
  /** The text node the run was read from. */
  node: Text;
  /** Offset in `node.data` of the run's first character. */
  offset: number;
}

/** The part of one text node that a string range covers. */
export interface NodePiece {
  /** The text node. */
  node: Text;
  /** First covered offset in `node.data`. */
  from: number;
  /** One past the last covered offset in `node.data`. */
  to: number;
}

/** The article as one plain string, and the way back from string offsets to the text nodes. */
export interface TextMap {
  /** Paragraphs separated by "\n", whitespace runs (no-break spaces included) collapsed to one space. */
  text: string;
  /** Runs of `text`, in order, each read from one text node. */
  segments: Segment[];
  /** The data each mapped node had when read; a node that changed since is not highlighted. */
  snapshot: Map<Text, string>;
}

/** Which subtrees a region's text leaves out. */
export interface RegionRules {
  /** Elements whose subtree is skipped (e.g. the title and lead, read as their own regions). */
  skip?: ReadonlySet<Element>;
  /** Also skip page furniture (navigation, related lists, captions …); true for the body. */
  furniture?: boolean;
  /** Site-specific CSS selector of blocks to skip. */
  siteExclude?: string;
}

const SPACE_RUN = /[ \t\n\r\f\u00a0]+/g;
const NOT_SPACE = /[^ \t\n\r\f\u00a0]/;
/** Inside a node's text: whitespace other than a lone space (no-break spaces count as whitespace). */
const NEEDS_COLLAPSE = /[\t\n\r\f\u00a0]| {2}/;

/** Index one past the last character of `data` that is not HTML whitespace. */
function trimmedEnd(data: string): number {
  let end = data.length;
  while (end > 0 && ' \t\n\r\f\u00a0'.includes(data.charAt(end - 1))) end--;
  return end;
}

/** One part of the page read into the article string, and what it leaves out. */
export interface Region {
  /** The element whose text is read. */
  element: Element;
  /** Subtrees left out. */
  rules: RegionRules;
}

/** `buildTextMapSteps` run through at once. */
export function buildTextMap(regions: readonly Region[]): TextMap {
  return drain(buildTextMapSteps(regions));
}

/** Builds the article string from regions read in the given order (title, lead, body); a region boundary is "\n". */
export function* buildTextMapSteps(regions: readonly Region[]): Generator<void, TextMap> {
  const chunks: string[] = [];
  const segments: Segment[] = [];
  const snapshot = new Map<Text, string>();
  let length = 0;
  let atLineStart = true;
  let pending: { node: Text; offset: number } | null = null;

  const emit = (text: string, node: Text | null, offset: number) => {
    if (node) {
      const last = segments[segments.length - 1];
      if (last && last.node === node && last.offset + last.length === offset && last.start + last.length === length) {
        last.length += text.length;
      } else segments.push({ start: length, length: text.length, node, offset });
    }
    chunks.push(text);
    length += text.length;
  };
  const lineBreak = () => {
    pending = null;
    if (!atLineStart) emit('\n', null, 0);
    atLineStart = true;
  };
  const readText = (node: Text) => {
    const data = node.data;
    if (!data) return;
    let at = 0;
    const word = (from: number, to: number) => {
      if (from >= to) return;
      if (pending) emit(' ', pending.node, pending.offset);
      pending = null;
      emit(data.slice(from, to), node, from);
      atLineStart = false;
    };
    const space = (index: number) => {
      if (!atLineStart && !pending) pending = { node, offset: index };
    };
    const first = data.search(NOT_SPACE);
    const last = trimmedEnd(data);
    if (first < 0) space(0);
    else if (!NEEDS_COLLAPSE.test(data.slice(first, last))) {
      // Fast path for the common node: single spaces between words, so only its edges can need care.
      if (first > 0) space(0);
      word(first, last);
      if (last < data.length) space(last);
    } else {
      for (const match of data.matchAll(SPACE_RUN)) {
        word(at, match.index);
        space(match.index);
        at = match.index + match[0].length;
      }
      word(at, data.length);
    }
    snapshot.set(node, data);
  };

  for (const { element, rules } of regions) {
    lineBreak();
    yield* walkSteps(element, {
      enter(el) {
        if (isNeverText(el) || rules.skip?.has(el)) return false;
        if (rules.furniture && isFurniture(el, rules.siteExclude)) return false;
        if (el.tagName === 'BR' || BLOCK_TAGS.has(el.tagName)) lineBreak();
        return true;
      },
      leave(el) {
        if (BLOCK_TAGS.has(el.tagName)) lineBreak();
      },
      text: readText,
    });
  }
  const text = chunks.join('');
  return { text: text.endsWith('\n') ? text.slice(0, -1) : text, segments, snapshot };
}

/** Index of the last segment starting at or before `offset`. */
function segmentAt(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((segments[mid] as Segment).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text-node pieces covering `[start, end)` of the article string, one per node, in document order. */
export function locate(map: TextMap, start: number, end: number): NodePiece[] {
  const pieces: NodePiece[] = [];
  for (let i = segmentAt(map.segments, start); i < map.segments.length; i++) {
    const seg = map.segments[i] as Segment;
    if (seg.start >= end) break;
    const from = Math.max(start, seg.start);
    const to = Math.min(end, seg.start + seg.length);
    if (from >= to) continue;
    const piece = { node: seg.node, from: seg.offset + from - seg.start, to: seg.offset + to - seg.start };
    const last = pieces[pieces.length - 1];
    if (last && last.node === piece.node) last.to = piece.to;
    else pieces.push(piece);
  }
  return pieces;
}
