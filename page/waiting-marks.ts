import type { NodePlan } from './highlighter';

/** How far past the viewport's top and bottom a long article's highlights go in, in viewport heights. */
const NEAR_SCREENS = 2;

/**
 * A long article's highlights that wait, planned but not built, until their element comes within NEAR_SCREENS of the
 * viewport (an IntersectionObserver checks at every frame) or until asked for (`take`). Laying out each paragraph that
 * gets marks is most of a long article's cost, and most of a 1 MB article is never near the screen.
 */
export class WaitingMarks {
  private readonly waiting = new Map<Element, NodePlan[]>();
  private readonly observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) this.take(e.target);
    },
    { rootMargin: `${NEAR_SCREENS * 100}% 0px` },
  );

  /** Printing lays the whole article out on paper, where nothing comes near a viewport: everything goes in first. */
  private readonly all = () => {
    for (const el of [...this.waiting.keys()]) this.take(el);
  };

  /**
   * `put` builds and attaches plans whose element came near (in the observer's task: a screen or two of text);
   * `view` is the page's window, whose printing attaches everything.
   */
  constructor(
    private readonly put: (plans: NodePlan[]) => void,
    private readonly view: Window | null,
  ) {
    view?.addEventListener('beforeprint', this.all);
  }

  /**
   * Keeps the plans of elements far from the viewport (`height` px high) waiting, and returns the others in order.
   * Called before anything is attached: the layout is clean then, and reading positions costs nothing.
   */
  near(plans: NodePlan[], height: number): NodePlan[] {
    return plans.filter((plan) => {
      const el = plan.node.parentElement as Element;
      let list = this.waiting.get(el);
      if (!list) {
        const { top, bottom } = el.getBoundingClientRect();
        if (bottom >= -NEAR_SCREENS * height && top <= (NEAR_SCREENS + 1) * height) return true;
        list = [];
        this.waiting.set(el, list);
        this.observer.observe(el);
      }
      list.push(plan);
      return false;
    });
  }

  /** Attaches now the waiting highlights in an element (one the reader asked to go to), if it has any. */
  take(el: Element | null | undefined): void {
    const plans = el && this.waiting.get(el);
    if (!plans) return;
    this.waiting.delete(el);
    this.observer.unobserve(el);
    this.put(plans);
  }

  /** Drops everything still waiting. */
  stop(): void {
    this.view?.removeEventListener('beforeprint', this.all);
    this.observer.disconnect();
    this.waiting.clear();
  }
}
