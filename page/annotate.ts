import type { Extraction } from '../core/types';
import { mapArticleSteps } from './article-text';
import { extractInChunks } from './chunked-extract';
import { type ArticleParts, type DetectMode, detectArticleSteps } from './detect';
import { type BuiltPlan, Highlighter, MARK_TAG, type NodePlan, planHighlightsSteps } from './highlighter';
import { installMarkStyles, MARK_STYLE_ID } from './mark-styles';
import type { Mentions } from './mentions';
import { type KindChoices, targetsOf } from './targets';
import type { TextMap } from './text-map';
import { WaitingMarks } from './waiting-marks';
import { drainAsync } from './walk';
import { afterNextFrame, firstAhead, TaskBudget } from './yield';

/**
 * Characters of highlighted text put into the page in the first frame (the browser lays out what changed after each),
 * and the least per frame after it: smaller batches do not make the frames much shorter, since each frame's fixed part
 * stays (on a loaded machine 25-30 ms of a 35-40 ms frame), they only make more of them.
 */
const ATTACH_CHARS = 40_000;
/** Never more per frame, however fast the frames: a guard against one slow frame after a run of quick ones. */
const MAX_ATTACH_CHARS = 240_000;
/**
 * What rendering one batch should cost, ms: with the short task that attached it, the frame stays under the 50 ms of
 * a long task. Every frame also costs a part that does not shrink with the batch (laying out and pre-painting the
 * article around the changes, 10-25 ms on a 1 MB page), so frames are filled up to this rather than kept small.
 */
const FRAME_TARGET_MS = 38;

/**
 * The next batch size (within `min`..`max`) after a frame that took `renderMs` to render the previous one: scaled so
 * the next frame takes about FRAME_TARGET_MS, by at most a factor of two either way (one odd frame, a collection or
 * the machine busy elsewhere, does not swing it far).
 */
function nextBatch(size: number, renderMs: number, min: number, max: number): number {
  const scale = Math.min(2, Math.max(0.5, FRAME_TARGET_MS / Math.max(1, renderMs)));
  return Math.round(Math.min(max, Math.max(min, size * scale)));
}

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
  /** Time a task may run before yielding to the page, ms (default 25: under the 50 ms of a long task, with room for one step). */
  budgetMs?: number;
}

/**
 * Detects the article, extracts its facts and highlights them; undoes all of it on `clear()`. Knows every mention it
 * planned, attached or still waiting, for the hover card and the popup.
 */
export class Annotator implements Mentions {
  private readonly highlighter: Highlighter;
  /** The last pass's highlights, in document order, whether in the page or waiting. */
  private plans: NodePlan[] = [];
  /** A long article's highlights not yet near the viewport, or null. */
  private waiting: WaitingMarks | null = null;
  private removeStyles: (() => void) | null = null;
  private generation = 0;
  /** The article of the last completed pass, or null (not an article, cleared, or still running). */
  article: AnnotatedArticle | null = null;
  /** Where the last detection found the article, and at which URL. */
  private found: { url: string; parts: ArticleParts } | null = null;

  constructor(private readonly deps: AnnotatorDeps) {
    this.highlighter = new Highlighter(deps.doc);
  }

  /** True for nodes the annotator itself inserted or removed (marks, their text, split nodes, the style). */
  owns(node: Node): boolean {
    return this.highlighter.owns(node) || (node as Element).id === MARK_STYLE_ID;
  }

  /**
   * One full pass: undo the previous one, detect and extract in time-boxed slices, highlight in batches per frame.
   * `choices` may be a promise (the first pass reads settings while it detects and extracts); null there means
   * "annotation is off".
   * Resolves to the article, or null when the page is not one, annotation is off, or a newer pass (or `clear`)
   * superseded this one. Each phase leaves a `sorot:*` performance measure; the whole is `sorot:annotate`.
   * `taskStart` is when the calling task began, if earlier (the content script's first task also evaluated the
   * bundle): the pass then yields at its first step once that task has used its budget.
   */
  async run(
    mode: DetectMode,
    choices: KindChoices | Promise<KindChoices | null>,
    taskStart = performance.now(),
  ): Promise<AnnotatedArticle | null> {
    const { doc } = this.deps;
    this.clear();
    const generation = this.generation;
    const current = () => generation === this.generation;
    const start = performance.now();
    const phase = (name: string, from: number) => performance.measure(`sorot:${name}`, { start: from }).startTime;
    const budget = new TaskBudget(this.deps.budgetMs, firstAhead(), taskStart);
    const url = this.deps.url?.() ?? doc.URL;
    const pause = () => budget.check();
    await pause(); // a no-op unless the calling task has already used its budget
    if (!current()) return null;
    // The page's own location unless the caller names another address: no URL to parse on a cold page.
    const where = (!this.deps.url && doc.location) || safeUrl(url);
    const parts = this.stillThere(url) ?? (await drainAsync(detectArticleSteps(doc, where, mode), pause));
    let article: AnnotatedArticle | null = null;
    if (!current()) return null;
    this.found = parts ? { url, parts } : null;
    if (parts) {
      const map = await drainAsync(mapArticleSteps(parts), pause);
      let from = phase('detect', start);
      await budget.check();
      if (!current()) return null;
      from = performance.now();
      const extraction = await extractInChunks(map.text, this.deps.extract, budget);
      phase('extract', from);
      const chosen = await choices;
      if (!current() || !chosen) return null;
      from = performance.now();
      const plans = await drainAsync(planHighlightsSteps(map, targetsOf(extraction, chosen)), pause);
      if (!current()) return null;
      this.plans = plans;
      // Longer than one frame's batch: what is within two screens of the viewport goes in now, the rest as the reader
      // nears it (page/waiting-marks); a short article's highlights all go in at once, as they always did.
      let now = plans;
      if (map.text.length > ATTACH_CHARS) {
        this.waiting = new WaitingMarks((later) => {
          for (const plan of later) {
            const one = this.highlighter.build(plan);
            if (one) this.highlighter.attach(one);
          }
        }, doc.defaultView);
        now = this.waiting.near(plans, doc.defaultView?.innerHeight ?? 0);
      }
      this.removeStyles = installMarkStyles(doc);
      const batch = this.deps.batch ?? 16;
      // Built off the page in time-boxed tasks, then attached in as few tasks as the budget allows: every task that
      // changes the page is followed by a layout of it, which on a long article costs more than the marks themselves.
      const built: BuiltPlan[] = [];
      for (let i = 0; i < now.length; i += batch) {
        // Checked before a batch, not after: a short article's highlights all land in the task that planned them.
        if (i > 0) await budget.check();
        if (!current()) return null;
        for (const plan of now.slice(i, i + batch)) {
          const one = this.highlighter.build(plan);
          if (one) built.push(one);
        }
      }
      // A frame that follows changes lays out and pre-paints the whole article (15-30 ms on a 1 MB page, however
      // little changed) plus the changed text: batches grow while the frames stay short, so a long article gets few
      // of them, and shrink before a frame becomes a long task.
      let perFrame = ATTACH_CHARS;
      for (let i = 0, chars = 0; i < built.length; i++) {
        const one = built[i] as BuiltPlan;
        if (chars > perFrame) {
          const renderMs = await afterNextFrame();
          if (!current()) return null;
          if (renderMs !== null) perFrame = nextBatch(perFrame, renderMs, ATTACH_CHARS, MAX_ATTACH_CHARS);
          chars = 0;
        }
        this.highlighter.attach(one);
        chars += one.plan.data.length;
      }
      phase('highlight', from);
      article = { url, parts, map, extraction };
    } else if (!(await choices) || !current()) return null;
    this.article = article;
    performance.measure('sorot:annotate', { start, detail: { busyMs: budget.busyMs() } });
    doc.documentElement.dataset.sorot = 'ready';
    return article;
  }

  ids(entity: string): string[] {
    const ids = new Set<string>();
    for (const { pieces } of this.plans)
      for (const { target: t } of pieces) if (t.entity === entity) ids.add(`${t.mention}`);
    return [...ids];
  }

  mark(entity: string, mention: string | undefined): HTMLElement | null {
    const plan = this.plans.find((p) =>
      p.pieces.some(({ target: t }) => t.entity === entity && `${t.mention}` === mention),
    );
    this.waiting?.take(plan?.node.parentElement);
    return this.deps.doc.querySelector(`${MARK_TAG}[data-entity="${CSS.escape(entity)}"][data-mention="${mention}"]`);
  }

  /** Removes every highlight and the styles at once, and stops a pass still running. */
  clear(): void {
    this.generation++;
    this.waiting?.stop();
    this.waiting = null;
    this.plans = [];
    this.highlighter.undo();
    this.removeStyles?.();
    this.removeStyles = null;
    this.article = null;
  }

  /**
   * Like `clear`, paced per frame like attaching so a page with thousands of highlights stays responsive; measured as
   * `sorot:clear`. False when a newer pass took over before it finished.
   */
  async clearGradually(): Promise<boolean> {
    this.generation++;
    this.waiting?.stop();
    const generation = this.generation;
    const start = performance.now();
    // Paced by frames, not by task time: putting text back is quick, laying the paragraphs out again is what costs
    // (2,000 at once made a frame of 200 ms on the 50,000-element page). Counted in characters like attaching, since
    // layout costs by the text laid out: 250 paragraphs first (the 1 MB page's ~100,000 characters) made a first frame
    // of 71-106 ms.
    let perFrame = ATTACH_CHARS;
    while (this.highlighter.size > 0) {
      this.highlighter.undo(perFrame);
      if (this.highlighter.size === 0) break;
      const renderMs = await afterNextFrame();
      if (generation !== this.generation) return false;
      if (renderMs !== null) perFrame = nextBatch(perFrame, renderMs, ATTACH_CHARS, MAX_ATTACH_CHARS);
    }
    this.clear();
    performance.measure('sorot:clear', { start });
    return true;
  }

  /**
   * The article found by the last pass when the URL is the same and its elements are still in the page: a pass
   * after page changes (lazy paragraphs, a re-render, the reader's toggle) re-reads the known body instead of
   * walking the whole page again, which is most of a pass on a 50,000-element page.
   */
  private stillThere(url: string): ArticleParts | null {
    const parts = this.found?.url === url ? this.found.parts : null;
    const inPage = (el: Element | null) => el === null || el.isConnected;
    return parts && inPage(parts.body) && inPage(parts.title) && inPage(parts.lead) ? parts : null;
  }
}

function safeUrl(href: string): URL | null {
  try {
    return new URL(href);
  } catch {
    return null;
  }
}
