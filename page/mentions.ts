import { MARK_TAG } from './highlighter';

/** The first mark of each mention of an entity, in document order (a mention split across elements has several). */
export function mentionMarks(doc: Document, entity: string): HTMLElement[] {
  const seen = new Set<string>();
  return [...doc.querySelectorAll<HTMLElement>(`${MARK_TAG}[data-entity="${CSS.escape(entity)}"]`)].filter((m) => {
    const key = m.dataset.mention ?? '';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Scrolls a mark to the middle of the view, smoothly unless the reader asked for reduced motion. */
export function revealMark(mark: HTMLElement): void {
  const still = mark.ownerDocument.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  mark.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
}

/** Scrolls to an entity's first mark and rings it for two seconds; false when the page has no mark of it. */
export function flashEntity(doc: Document, entity: string): boolean {
  const mark = mentionMarks(doc, entity)[0];
  if (!mark) return false;
  revealMark(mark);
  mark.dataset.flash = '';
  setTimeout(() => delete mark.dataset.flash, 2000);
  return true;
}
