/** Callbacks of a depth-first walk over a subtree. */
export interface WalkVisitor {
  /** Called on entering an element; return false to skip its subtree (leave is then not called). */
  enter(el: Element): boolean;
  /** Called after an element's subtree. */
  leave(el: Element): void;
  /** Called for each text node. */
  text(node: Text): void;
}

/** Nodes visited between two pause points of a stepped walk. */
const STEP_NODES = 512;

/**
 * Visits `root`'s descendants in document order without recursion, so 10,000-deep nesting cannot overflow the
 * stack; `root` itself is neither entered nor left. A generator that pauses every few hundred nodes, so a caller
 * can yield to the page between steps (`drainAsync`) or run it through at once (`drain`).
 */
export function* walkSteps(root: Node, visitor: WalkVisitor): Generator<void, void> {
  let node: Node | null = root.firstChild;
  let visited = 0;
  while (node) {
    if (++visited % STEP_NODES === 0) yield;
    let descend = false;
    if (node.nodeType === 1) {
      descend = visitor.enter(node as Element);
      if (descend && node.firstChild) {
        node = node.firstChild;
        continue;
      }
      if (descend) visitor.leave(node as Element);
    } else if (node.nodeType === 3) {
      visitor.text(node as Text);
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) visitor.leave(node as Element);
    }
    if (!node || node === root) return;
    node = node.nextSibling;
  }
}

/** Runs a stepped computation to the end in one go and returns its result. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs a stepped computation, letting `pause` yield to the page between steps when it wants to. */
export async function drainAsync<T>(steps: Generator<void, T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
