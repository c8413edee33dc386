import type { HighlightTarget } from './targets';
import { locate, type TextMap } from './text-map';
import { drain } from './walk';

/** The tag of a highlight: a custom element, so page CSS written for <mark> or <span> rarely reaches it. */
export const MARK_TAG = 'sorot-mark';

/** The highlights to put into one text node, in node order. */
export interface NodePlan {
  /** The text node to split. */
  node: Text;
  /** The data the node had when the text map read it. */
  data: string;
  /** Ranges of `node.data` with the target each belongs to. */
  pieces: { from: number; to: number; target: HighlightTarget }[];
}

/** One node's highlights, built but not yet in the page. */
export interface BuiltPlan {
  /** The plan they were built from. */
  plan: NodePlan;
  /** The text nodes and marks that replace the plan's node, in order. */
  parts: Node[];
}

/** A node as the highlighter sees it: its own symbol-keyed property says it was ours. */
type Tagged = Node & { [tag: symbol]: boolean | undefined };

/** A text node we replaced by its pieces; undo puts the very same node back. */
interface Replacement {
  original: Text;
  parts: Node[];
}

/**
 * A text node longer than this is left unhighlighted: splitting it makes the browser lay out all of it again (a
 * single 1 MB text node costs the page half a second per change); real articles come in paragraphs far below it.
 */
export const MAX_SPLIT_CHARS = 50_000;

/** `planHighlightsSteps` run through at once. */
export function planHighlights(map: TextMap, targets: readonly HighlightTarget[]): NodePlan[] {
  return drain(planHighlightsSteps(map, targets));
}

/** Groups the targets' pieces per text node, in document order; whitespace-only pieces are left alone. */
export function* planHighlightsSteps(map: TextMap, targets: readonly HighlightTarget[]): Generator<void, NodePlan[]> {
  const plans = new Map<Text, NodePlan>();
  for (const [i, target] of targets.entries()) {
    if (i % 1024 === 1023) yield;
    for (const { node, from, to } of locate(map, target.start, target.end)) {
      const data = map.snapshot.get(node) ?? node.data;
      if (data.length > MAX_SPLIT_CHARS || !data.slice(from, to).trim()) continue;
      const plan = plans.get(node) ?? { node, data, pieces: [] };
      plans.set(node, plan);
      plan.pieces.push({ from, to, target });
    }
  }
  return [...plans.values()];
}

/**
 * Wraps ranges of text nodes in <sorot-mark> elements and removes them exactly: each split text node is replaced by
 * its pieces, and undo puts the original node back (same node, same data), so no other node is touched or merged.
 */
export class Highlighter {
  /**
   * Set on every node we inserted or took out, so observers can tell our mutations from the page's. A property, not a
   * WeakSet: on the 1 MB page the ~44,000 adds and the observer's lookups cost ~60 ms of the main thread as WeakSet
   * operations, a few ms as properties. Content scripts get their own wrappers of the page's nodes (an isolated world
   * in Chromium, Xray wrappers in Firefox), so the page never sees the property.
   */
  private readonly tag = Symbol('sorot');
  private readonly replaced: Replacement[] = [];

  /** An empty mark per kind, cloned for each highlight (one attribute less to set on 20,000 marks). */
  private readonly protos = new Map<string, Element>();

  constructor(private readonly doc: Document) {}

  private protoOf(kind: string): Element {
    let proto = this.protos.get(kind);
    if (!proto) {
      proto = this.doc.createElement(MARK_TAG);
      proto.setAttribute('tabindex', '0');
      proto.setAttribute('data-kind', kind);
      this.protos.set(kind, proto);
    }
    return proto;
  }

  /** True for nodes this highlighter inserted or took out (marks, their split text, the replaced originals). */
  owns(node: Node): boolean {
    return (node as Tagged)[this.tag] === true;
  }

  /** Number of text nodes currently split into highlights. */
  get size(): number {
    return this.replaced.length;
  }

  /**
   * Builds one node's highlights off the page (no layout is dirtied): the pieces that will replace the node, or
   * null when the node left the page or changed since it was read.
   */
  build(plan: NodePlan): BuiltPlan | null {
    const { node, data } = plan;
    if (!node.parentNode || node.data !== data) return null;
    const parts: Node[] = [];
    let at = 0;
    for (const { from, to, target } of plan.pieces) {
      if (from < at) continue;
      if (from > at) parts.push(this.doc.createTextNode(data.slice(at, from)));
      // Plain setAttribute on a clone: dataset and tabIndex setters cost more, and pages can have 20,000 marks.
      const mark = this.protoOf(target.kind).cloneNode(false) as Element;
      mark.setAttribute('data-entity', target.entity);
      mark.setAttribute('data-mention', String(target.mention));
      mark.textContent = data.slice(from, to);
      parts.push(mark);
      at = to;
    }
    if (at < data.length) parts.push(this.doc.createTextNode(data.slice(at)));
    // A mark's own text never shows in a mutation record by itself (it comes and goes inside the mark): only the
    // parts need to be known as ours.
    for (const part of parts) (part as Tagged)[this.tag] = true;
    return { plan, parts };
  }

  /**
   * Puts built highlights into the page in place of their text node, unless the page changed that node since.
   * Cheap, so a caller can build many in several tasks and attach them together: the browser then lays the page out
   * once instead of after every task.
   */
  attach({ plan, parts }: BuiltPlan): void {
    const { node, data } = plan;
    if (!node.parentNode || node.data !== data) return;
    (node as Node as Tagged)[this.tag] = true;
    // One call, as with a fragment of our own (the browser makes one inside it), without a DocumentFragment wrapper
    // and its interface set up in the content script's world on a cold page.
    node.replaceWith(...parts);
    this.replaced.push({ original: node, parts });
  }

  /**
   * Removes the newest highlights, text node by text node, until those removed held `chars` characters (all by
   * default), putting back the original text nodes. Counted in characters: what it costs is laying that text out again.
   */
  undo(chars = Number.POSITIVE_INFINITY): void {
    for (let held = 0; held < chars && this.replaced.length > 0; ) {
      const { original, parts } = this.replaced.pop() as Replacement;
      held += original.data.length;
      const parent = parts[0]?.parentNode;
      // When the page itself moved or dropped our pieces, its version of the DOM wins.
      if (!parent || !parts.every((p) => p.parentNode === parent)) continue;
      // Most paragraphs hold nothing but our parts: one native call then, instead of one per part.
      if (parent.childNodes.length === parts.length) parent.replaceChildren(original);
      else {
        parent.insertBefore(original, parts[0] as Node);
        for (const part of parts) parent.removeChild(part);
      }
    }
  }
}
