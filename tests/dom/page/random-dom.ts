import fc from 'fast-check';

/** A small DOM tree description: text, or an element with children. */
export type TreeSpec = string | { tag: string; children: TreeSpec[] };

const TAGS = ['p', 'div', 'span', 'a', 'strong', 'em', 'br', 'li', 'td', 'script', 'textarea', 'h1', 'section'];

/** Random trees mixing blocks, inlines, <br>, never-text elements and text with spaces, newlines and no-break spaces. */
export const treeSpec: fc.Arbitrary<TreeSpec[]> = fc.letrec<{ node: TreeSpec; forest: TreeSpec[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.stringMatching(/^[ab \n\u00a0Rp3.]{0,12}$/),
    fc.record({ tag: fc.constantFrom(...TAGS), children: tie('forest') }),
  ),
  forest: fc.array(tie('node'), { maxLength: 5 }),
})).forest;

/** Builds the described children under a fresh <div> of `doc`. */
export function buildTree(doc: Document, specs: TreeSpec[]): HTMLElement {
  const root = doc.createElement('div');
  const add = (parent: Node, spec: TreeSpec) => {
    if (typeof spec === 'string') {
      parent.appendChild(doc.createTextNode(spec));
      return;
    }
    const el = doc.createElement(spec.tag);
    if (spec.tag !== 'br') for (const child of spec.children) add(el, child);
    parent.appendChild(el);
  };
  for (const spec of specs) add(root, spec);
  return root;
}

/** Every node under `root`, in document order. */
export function allNodes(root: Node): Node[] {
  const out: Node[] = [];
  const walker = root.ownerDocument?.createTreeWalker(root, 0xffffffff);
  for (let n = walker?.nextNode(); n; n = walker?.nextNode()) out.push(n);
  return out;
}
