import { BLOCK_TAGS, isFurniture, isNeverText } from './exclude';
import { drain, walkSteps } from './walk';

/** The article body a page holds, as the densest cluster of paragraph text. */
export interface BodyCandidate {
  /** The element holding the article's paragraphs. */
  element: Element;
  /** Characters of paragraph text inside it (links and furniture not counted). */
  textLength: number;
  /** Paragraphs (blocks of at least MIN_PARAGRAPH characters) inside it. */
  paragraphs: number;
}

/** Shorter blocks are labels, bylines or buttons, not paragraphs. */
const MIN_PARAGRAPH = 25;
/** A block whose text is mostly links is a list of headlines, not prose. */
const MAX_LINK_SHARE = 0.5;

interface BlockText {
  /** Characters of text directly in the block (not in nested blocks). */
  length: number;
  /** Of which inside links. */
  linked: number;
}

/** Counts the prose each block holds directly, skipping never-text and furniture subtrees. */
function* measureBlocks(root: Element, siteExclude: string): Generator<void, Map<Element, BlockText>> {
  const blocks = new Map<Element, BlockText>();
  const stack: Element[] = [root];
  let linkDepth = 0;
  yield* walkSteps(root, {
    enter(el) {
      if (isNeverText(el) || isFurniture(el, siteExclude)) return false;
      if (BLOCK_TAGS.has(el.tagName)) stack.push(el);
      if (el.tagName === 'A') linkDepth++;
      return true;
    },
    leave(el) {
      if (BLOCK_TAGS.has(el.tagName)) stack.pop();
      if (el.tagName === 'A') linkDepth--;
    },
    text(node) {
      // V8's trim copies nothing (a slice of 13 characters or more points into its string: 0.4 µs on 1 MB in Node),
      // and a scan of the ends with a regular expression per character cost more on a cold page.
      const length = node.data.trim().length;
      if (length === 0) return;
      const block = stack[stack.length - 1] as Element;
      const entry = blocks.get(block) ?? { length: 0, linked: 0 };
      entry.length += length;
      if (linkDepth > 0) entry.linked += length;
      blocks.set(block, entry);
    },
  });
  return blocks;
}

/**
 * Finds the element holding the article's paragraphs: each prose block scores its length for itself and its
 * parent and half for its grandparent (paragraphs may be <p>s or <br>-separated text in one cell); the best scorer
 * wins, then we step down while one child holds nearly all of its score (a <td> rather than its <tr>).
 */
export function* findBodySteps(doc: Document, siteExclude = ''): Generator<void, BodyCandidate | null> {
  const root = doc.body;
  if (!root) return null;
  const scores = new Map<Element, number>();
  const credit = (el: Element | null, points: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + points);
  };
  const blocks = yield* measureBlocks(root, siteExclude);
  for (const [block, { length, linked }] of blocks) {
    if (length < MIN_PARAGRAPH || linked / length > MAX_LINK_SHARE) continue;
    credit(block, length);
    credit(block.parentElement, length);
    credit(block.parentElement?.parentElement ?? null, length / 2);
  }
  let top: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) [top, bestScore] = [el, score];
  }
  if (!top) return null;
  let best: Element = top;
  for (;;) {
    const child: Element | undefined = [...best.children].find((c) => (scores.get(c) ?? 0) >= bestScore * 0.95);
    if (!child) break;
    best = child;
    bestScore = scores.get(child) ?? 0;
  }
  // A block holds its own text directly, so the whole page's counts already say what is inside it; an inline body
  // (rare) had its direct text counted in a block around it, so it is measured again.
  const inside = BLOCK_TAGS.has(best.tagName) ? blocksWithin(blocks, best) : yield* measureBlocks(best, siteExclude);
  return { element: best, ...prose(inside) };
}

/** `findBodySteps` run through at once. */
export function findBody(doc: Document, siteExclude = ''): BodyCandidate | null {
  return drain(findBodySteps(doc, siteExclude));
}

/** The counted blocks that are `el` or inside it. */
function blocksWithin(blocks: Map<Element, BlockText>, el: Element): Map<Element, BlockText> {
  const inside = new Map<Element, BlockText>();
  for (const [block, text] of blocks) if (el.contains(block)) inside.set(block, text);
  return inside;
}

/** The paragraph text of counted blocks, the same way they were scored. */
function prose(blocks: Map<Element, BlockText>): { textLength: number; paragraphs: number } {
  let textLength = 0;
  let paragraphs = 0;
  for (const { length, linked } of blocks.values()) {
    if (length < MIN_PARAGRAPH || linked / length > MAX_LINK_SHARE) continue;
    textLength += length - linked;
    paragraphs++;
  }
  return { textLength, paragraphs };
}
