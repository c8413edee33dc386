/** Where an entity's mentions are: in the page, or planned and waiting to be attached (page/waiting-marks). */
export interface Mentions {
  /** The entity's mention ids (`data-mention`) in document order. */
  ids(entity: string): string[];
  /** The first mark of a mention, attached first if it was waiting; null when the page has none (or no mention). */
  mark(entity: string, mention: string | undefined): HTMLElement | null;
}

/** Scrolls a mark to the middle of the view, smoothly unless the reader asked for reduced motion. */
export function revealMark(mark: HTMLElement): void {
  const still = mark.ownerDocument.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  mark.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
}

/** Scrolls to an entity's first mark and rings it for two seconds; false when the page has no mark of it. */
export function flashEntity(mentions: Mentions, entity: string): boolean {
  const mark = mentions.mark(entity, mentions.ids(entity)[0]);
  if (!mark) return false;
  revealMark(mark);
  mark.dataset.flash = '';
  setTimeout(() => delete mark.dataset.flash, 2000);
  return true;
}
