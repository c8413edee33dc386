import type { Extraction } from '../core/types';
import { mapArticle } from './article-text';
import { extractInChunks } from './chunked-extract';
import { type ArticleParts, type DetectMode, detectArticle } from './detect';
import { Highlighter, MARK_TAG, planHighlights } from './highlighter';
import { installMarkStyles, MARK_STYLE_ID } from './mark-styles';
import { type KindChoices, targetsOf } from './targets';
import type { TextMap } from './text-map';
import { TaskBudget } from './yield';

/** An article the page layer found and highlighted. */
export interface AnnotatedArticle {
  /** The page's URL when it was annotated. */
  url: string;
  /** Where its text lives and what the page says about it. */
  parts: ArticleParts;
  /** The article string and its way back to the DOM. */
  map: TextMap;
  /** What the extraction found in `map.text`. */
  extraction: Extraction;
}

/** What the annotator needs from its surroundings (the content script passes real ones, tests pass fakes). */
export interface AnnotatorDeps {
  /** The page's document. */
  doc: Document;
  /** The extraction engine. */
  extract: (text: string) => Extraction;
  /** The page's address (defaults to the document's own). */
  url?: () => string;
  /** Wraps highlights in batches of this many text nodes between time checks. */
  batch?: number;
  /** Time a task may run before yielding to the page, ms. */
  budgetMs?: number;
}

/** Detects the article, extracts its facts and highlights them; undoes all of it on `clear()`. */
export class Annotator {
  private readonly highlighter: Highlighter;
  private removeStyles: (() => void) | null = null;
  private generation = 0;
  /** The article of the last completed pass, or null (not an article, cleared, or still running). */
  article: AnnotatedArticle | null = null;

  constructor(private readonly deps: AnnotatorDeps) {
    this.highlighter = new Highlighter(deps.doc);
  }

  /** True for nodes the annotator itself inserted or removed (marks, their text, split nodes, the style). */
  owns(node: Node): boolean {
    return this.highlighter.owned.has(node) || (node as Element).id === MARK_STYLE_ID;
  }

  /**
   * One full pass: undo the previous one, detect, extract, highlight in time-boxed batches. Resolves to the article,
   * or null when the page is not one or a newer pass (or `clear`) superseded this one.
   */
  async run(mode: DetectMode, choices: KindChoices): Promise<AnnotatedArticle | null> {
    const { doc } = this.deps;
    this.clear();
    const generation = this.generation;
    const current = () => generation === this.generation;
    const startMark = performance.mark('sorot:annotate:start');
    const budget = new TaskBudget(this.deps.budgetMs);
    const url = this.deps.url?.() ?? doc.URL;
    const parts = detectArticle(doc, safeUrl(url), mode);
    if (parts) {
      await budget.check();
      if (!current()) return null;
      const map = mapArticle(parts);
      await budget.check();
      if (!current()) return null;
      const extraction = await extractInChunks(map.text, this.deps.extract, budget);
      if (!current()) return null;
      const plans = planHighlights(map, targetsOf(extraction, choices));
      this.removeStyles = installMarkStyles(doc);
      const batch = this.deps.batch ?? 200;
      for (let i = 0; i < plans.length; i += batch) {
        for (const plan of plans.slice(i, i + batch)) this.highlighter.wrap(plan);
        await budget.check();
        if (!current()) return null;
      }
      this.article = { url, parts, map, extraction };
    }
    performance.measure('sorot:annotate', { start: startMark.startTime });
    doc.documentElement.dataset.sorot = 'ready';
    return this.article;
  }

  /** Removes every highlight and the styles, and stops a pass still running. */
  clear(): void {
    this.generation++;
    this.highlighter.undo();
    this.removeStyles?.();
    this.removeStyles = null;
    this.article = null;
  }

  /** The marks of one entity, in document order (a mention split across elements has several). */
  marksOf(entity: string): HTMLElement[] {
    return [...this.deps.doc.querySelectorAll<HTMLElement>(`${MARK_TAG}[data-entity="${CSS.escape(entity)}"]`)];
  }
}

function safeUrl(href: string): URL | null {
  try {
    return new URL(href);
  } catch {
    return null;
  }
}
