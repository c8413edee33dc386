/** Callbacks of a depth-first walk over a subtree. */
export interface WalkVisitor {
  /** Called on entering an element; return false to skip its subtree (leave is then not called). */
  enter(el: Element): boolean;
  /** Called after an element's subtree. */
  leave(el: Element): void;
  /** Called for each text node. */
  text(node: Text): void;
}

/**
 * Visits `root`'s descendants in document order without recursion, so 10,000-deep nesting cannot overflow the
 * stack. `root` itself is neither entered nor left.
 */
export function walk(root: Node, visitor: WalkVisitor): void {
  let node: Node | null = root.firstChild;
  while (node) {
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
