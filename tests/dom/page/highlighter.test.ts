import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Highlighter, type NodePlan, planHighlights } from '../../../page/highlighter';
import type { HighlightTarget } from '../../../page/targets';
import { buildTextMap } from '../../../page/text-map';
import { allNodes, buildTree, treeSpec } from './random-dom';

/** Random, possibly overlapping ranges; planHighlights must cope, as targetsOf only removes overlaps. */
const ranges = fc.array(fc.tuple(fc.nat(200), fc.nat(30)), { maxLength: 8 });

function targetsIn(textLength: number, raw: [number, number][]): HighlightTarget[] {
  const sorted = raw
    .map(([a, len]) => ({ start: a % (textLength + 1), end: Math.min(textLength, (a % (textLength + 1)) + len) }))
    .sort((x, y) => x.start - y.start);
  const out: HighlightTarget[] = [];
  let reached = 0;
  sorted.forEach(({ start, end }, i) => {
    if (start >= reached && end > start) {
      out.push({ start, end, kind: i % 2 ? 'person' : 'figure', entity: `e${i}`, mention: 0 });
      reached = end;
    }
  });
  return out;
}

/** Builds and attaches every plan at once, as the annotator does across its tasks and frames. */
function applyAll(highlighter: Highlighter, plans: readonly NodePlan[]): void {
  for (const plan of plans) {
    const built = highlighter.build(plan);
    if (built) highlighter.attach(built);
  }
}

function annotate(root: HTMLElement, highlighter: Highlighter, raw: [number, number][]) {
  const map = buildTextMap([{ element: root, rules: {} }]);
  applyAll(highlighter, planHighlights(map, targetsIn(map.text.length, raw)));
  return map;
}

describe('Highlighter on random DOMs', () => {
  it('undo restores the same nodes with the same text, whatever was highlighted', () => {
    fc.assert(
      fc.property(treeSpec, ranges, (spec, raw) => {
        const root = buildTree(document, spec);
        const html = root.innerHTML;
        const nodes = allNodes(root);
        const highlighter = new Highlighter(document);
        annotate(root, highlighter, raw);
        highlighter.undo();
        expect(root.innerHTML).toBe(html);
        expect(allNodes(root)).toEqual(nodes);
        expect(allNodes(root).every((n, i) => n === nodes[i])).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a second pass never nests marks, never marks never-text elements, and one undo still restores all', () => {
    fc.assert(
      fc.property(treeSpec, ranges, ranges, (spec, first, second) => {
        const root = buildTree(document, spec);
        const html = root.innerHTML;
        const highlighter = new Highlighter(document);
        annotate(root, highlighter, first);
        annotate(root, highlighter, second);
        expect(root.querySelector('sorot-mark sorot-mark')).toBeNull();
        expect(root.querySelector('script sorot-mark, textarea sorot-mark')).toBeNull();
        for (const mark of root.querySelectorAll('sorot-mark')) expect(mark.textContent?.trim()).not.toBe('');
        highlighter.undo();
        expect(root.innerHTML).toBe(html);
      }),
      { numRuns: 300 },
    );
  });

  it('marks hold exactly the non-blank text of their range, piece by piece', () => {
    fc.assert(
      fc.property(treeSpec, ranges, (spec, raw) => {
        const root = buildTree(document, spec);
        const highlighter = new Highlighter(document);
        const map = annotate(root, highlighter, raw);
        const byEntity = new Map<string, string>();
        for (const mark of root.querySelectorAll<HTMLElement>('sorot-mark')) {
          const entity = mark.dataset.entity ?? '';
          byEntity.set(entity, (byEntity.get(entity) ?? '') + (mark.textContent ?? ''));
        }
        const targets = targetsIn(map.text.length, raw);
        for (const [entity, text] of byEntity) {
          const t = targets.find((x) => x.entity === entity) as HighlightTarget;
          // Pieces of one range sit in different nodes; whitespace between them (a line break) is not marked.
          expect(text.replace(/\s+/g, '')).toBe(map.text.slice(t.start, t.end).replace(/\s+/g, ''));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('Highlighter on an article paragraph', () => {
  it('wraps a name split across <a> and <strong> piece by piece with the same entity', () => {
    document.body.innerHTML = '<p>Gubernur <a href="#">Dedi</a> <strong>Mulyadi</strong> hadir.</p>';
    const p = document.querySelector('p') as HTMLElement;
    const map = buildTextMap([{ element: p, rules: {} }]);
    const start = map.text.indexOf('Dedi');
    const highlighter = new Highlighter(document);
    applyAll(
      highlighter,
      planHighlights(map, [{ start, end: start + 'Dedi Mulyadi'.length, kind: 'official', entity: 'p1', mention: 0 }]),
    );
    const marks = [...p.querySelectorAll<HTMLElement>('sorot-mark')];
    expect(marks.map((m) => [m.textContent, m.dataset.entity, m.dataset.kind, m.parentElement?.tagName])).toEqual([
      ['Dedi', 'p1', 'official', 'A'],
      ['Mulyadi', 'p1', 'official', 'STRONG'],
    ]);
    expect(marks.every((m) => m.tabIndex === 0)).toBe(true);
  });

  it('leaves a node alone when the page changed it after it was read', () => {
    document.body.innerHTML = '<p>Menteri Agus hadir.</p>';
    const p = document.querySelector('p') as HTMLElement;
    const map = buildTextMap([{ element: p, rules: {} }]);
    (p.firstChild as Text).data = 'Teks baru dari halaman.';
    applyAll(
      new Highlighter(document),
      planHighlights(map, [{ start: 8, end: 12, kind: 'person', entity: 'p1', mention: 0 }]),
    );
    expect(p.innerHTML).toBe('Teks baru dari halaman.');
  });

  it('undoes the newest highlighted nodes until they held a number of characters, for removal paced by text', () => {
    document.body.innerHTML = '<p>Menteri Agus hadir.</p><p>Bank Indonesia menaikkan suku bunga.</p><p>Kata Sri.</p>';
    const map = buildTextMap([{ element: document.body, rules: {} }]);
    const targets = ['Agus', 'Bank Indonesia', 'Sri'].map((name, i) => {
      const start = map.text.indexOf(name);
      return { start, end: start + name.length, kind: 'person' as const, entity: `p${i}`, mention: 0 };
    });
    const highlighter = new Highlighter(document);
    applyAll(highlighter, planHighlights(map, targets));
    const left = () => [...document.querySelectorAll('sorot-mark')].map((m) => m.textContent);
    // Newest first: "Kata Sri." (9 characters), then the bank's paragraph (36).
    highlighter.undo(9);
    expect(left()).toEqual(['Agus', 'Bank Indonesia']);
    highlighter.undo(10);
    expect(left()).toEqual(['Agus']);
    highlighter.undo(1);
    expect(left()).toEqual([]);
    expect(highlighter.size).toBe(0);
    expect(document.body.innerHTML).toBe(
      '<p>Menteri Agus hadir.</p><p>Bank Indonesia menaikkan suku bunga.</p><p>Kata Sri.</p>',
    );
  });
});
