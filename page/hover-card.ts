import { h, render } from 'preact';
import { HoverCard, type HoverCardEntity, type HoverCardNote } from '../components/HoverCard';
import { HOVER_CARD_CSS } from '../components/HoverCardStyles';
import { placeCard } from './card-position';
import { MARK_TAG } from './highlighter';

/** The card's host element: a custom element the page's CSS does not know. */
export const CARD_TAG = 'sorot-card';
/** Delay before showing on hover, so a pointer passing over text does not flash cards (well under 100 ms). */
const SHOW_DELAY_MS = 40;
/** Grace time to move the pointer from the highlight into the card. */
const HIDE_DELAY_MS = 250;

/** What the hover-card controller needs from its surroundings. */
export interface HoverCardDeps {
  /** The page's document. */
  doc: Document;
  /** Ends every listener and removes the card. */
  signal: AbortSignal;
  /** The card content for an entity id, or null when the id is unknown (e.g. a pass is running). */
  describe: (entity: string) => HoverCardEntity | null;
  /** Reads the reader's note on an entity. */
  getNote: (entity: HoverCardEntity) => Promise<{ text: string; seenIn: number } | null>;
  /** Writes the reader's note on an entity; absent when notes cannot be written here. */
  saveNote?: (entity: HoverCardEntity, text: string) => Promise<void>;
}

/** The hover-card controller: tells the page's marks from the card's host element. */
export interface HoverCardController {
  /** True for the card's host element (so observers ignore it). */
  owns(node: Node): boolean;
  /** Hides the card. */
  hide(): void;
}

function reducedMotion(doc: Document): boolean {
  return doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** The first mark of each mention of an entity, in document order. */
function mentionMarks(doc: Document, entity: string): HTMLElement[] {
  const seen = new Set<string>();
  return [...doc.querySelectorAll<HTMLElement>(`${MARK_TAG}[data-entity="${CSS.escape(entity)}"]`)].filter((m) => {
    const key = m.dataset.mention ?? '';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Shows a card for the highlight under the pointer or keyboard focus, rendered into a closed shadow root (page
 * scripts cannot read the reader's notes), placed beside the highlight inside the viewport; Esc closes it.
 */
export function createHoverCard(deps: HoverCardDeps): HoverCardController {
  const { doc, signal } = deps;
  const on = { signal, passive: true } as const;
  let host: HTMLElement | null = null;
  let root: HTMLDivElement | null = null;
  let current: { mark: HTMLElement; entity: HoverCardEntity; note: HoverCardNote } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closedOn: HTMLElement | null = null;

  const ensureHost = () => {
    if (host && root) return root;
    host = doc.createElement(CARD_TAG);
    host.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;visibility:hidden;overflow:auto;display:block';
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = HOVER_CARD_CSS;
    root = doc.createElement('div');
    shadow.append(style, root);
    host.addEventListener('pointerenter', () => clearTimeout(timer), on);
    host.addEventListener('pointerleave', () => later(hide, HIDE_DELAY_MS), on);
    doc.documentElement.appendChild(host);
    return root;
  };

  const later = (fn: () => void, ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };

  const place = () => {
    if (!current || !host) return;
    const anchor = current.mark.getClientRects()[0] ?? current.mark.getBoundingClientRect();
    host.style.maxHeight = '';
    const size = host.getBoundingClientRect();
    const view = doc.documentElement;
    const spot = placeCard(anchor, size, { width: view.clientWidth || 1024, height: view.clientHeight || 768 });
    host.style.top = `${spot.top}px`;
    host.style.left = `${spot.left}px`;
    host.style.maxHeight = `${spot.maxHeight}px`;
    host.style.visibility = 'visible';
  };

  const go = (step: number) => {
    if (!current) return;
    const marks = mentionMarks(doc, current.mark.dataset.entity ?? '');
    const at = marks.findIndex((m) => m.dataset.mention === current?.mark.dataset.mention);
    const next = marks[(at + step + marks.length) % marks.length];
    if (!next) return;
    next.scrollIntoView({ block: 'center', behavior: reducedMotion(doc) ? 'auto' : 'smooth' });
    next.focus({ preventScroll: true });
  };

  const draw = () => {
    if (!current) return;
    const { entity, note, mark } = current;
    const saveNote = deps.saveNote;
    const mentions = mentionMarks(doc, mark.dataset.entity ?? '');
    render(
      h(HoverCard, {
        entity: { ...entity, mentions: mentions.length },
        position: mentions.findIndex((m) => m.dataset.mention === mark.dataset.mention) + 1,
        note,
        onPrev: () => go(-1),
        onNext: () => go(1),
        onClose: () => hide(true),
        onSaveNote: saveNote
          ? (text: string) => void saveNote(entity, text).then(() => loadNote(mark, entity))
          : undefined,
      }),
      ensureHost(),
    );
    place();
  };

  const loadNote = (mark: HTMLElement, entity: HoverCardEntity) => {
    if (!entity.noteKind) return;
    deps.getNote(entity).then(
      (note) => {
        if (current?.mark !== mark) return;
        current.note = note ? { state: 'saved', ...note } : { state: 'none' };
        draw();
      },
      () => {
        if (current?.mark === mark) current.note = { state: 'none' };
      },
    );
  };

  const show = (mark: HTMLElement) => {
    clearTimeout(timer);
    if (current?.mark === mark) return;
    const entity = deps.describe(mark.dataset.entity ?? '');
    if (!entity) return;
    current?.mark.removeAttribute('aria-expanded');
    current = { mark, entity, note: { state: 'loading' } };
    mark.setAttribute('aria-haspopup', 'dialog');
    mark.setAttribute('aria-expanded', 'true');
    draw();
    loadNote(mark, entity);
  };

  function hide(returnFocus = false) {
    clearTimeout(timer);
    if (!current) return;
    const { mark } = current;
    mark.removeAttribute('aria-expanded');
    current = null;
    if (root) render(null, root);
    if (host) host.style.visibility = 'hidden';
    if (returnFocus) {
      // Focus goes back to the highlight without reopening the card the reader just closed.
      closedOn = mark;
      mark.focus({ preventScroll: true });
    }
  }

  const markOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>(MARK_TAG) : null;

  doc.addEventListener(
    'pointerover',
    (e) => {
      const mark = markOf(e.target);
      if (mark) later(() => show(mark), SHOW_DELAY_MS);
    },
    on,
  );
  doc.addEventListener(
    'pointerout',
    (e) => {
      const mark = markOf(e.target);
      if (!mark || (e.relatedTarget instanceof Node && (mark.contains(e.relatedTarget) || e.relatedTarget === host)))
        return;
      later(() => hide(), current ? HIDE_DELAY_MS : 0);
    },
    on,
  );
  doc.addEventListener(
    'focusin',
    (e) => {
      const mark = markOf(e.target);
      if (mark && mark !== closedOn) show(mark);
      closedOn = null;
    },
    on,
  );
  doc.addEventListener(
    'focusout',
    (e) => {
      if (markOf(e.target) && e.relatedTarget !== host && !markOf(e.relatedTarget)) later(() => hide(), HIDE_DELAY_MS);
    },
    on,
  );
  doc.addEventListener(
    'keydown',
    (e) => {
      if (!current) return;
      if (e.key === 'Escape') hide(e.target === host || e.target === current.mark);
      else if (e.key === 'Enter' && e.target === current.mark && root) {
        // The dialog pattern: Enter on the highlight moves focus into the card.
        e.preventDefault();
        root.querySelector<HTMLElement>('button, textarea')?.focus();
      }
    },
    { signal },
  );
  doc.defaultView?.addEventListener('scroll', place, { ...on, capture: true });
  doc.defaultView?.addEventListener('resize', place, on);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    if (root) render(null, root);
    host?.remove();
  });

  return { owns: (node) => node === host, hide: () => hide() };
}
