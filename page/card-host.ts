import { type ComponentChild, render } from 'preact';
import { HOVER_CARD_CSS } from '../components/HoverCardStyles';
import { placeCard } from './card-position';

/** The card's host element: a custom element the page's CSS does not know. */
export const CARD_TAG = 'sorot-card';

/** The element the hover card lives in, made on first use. */
export interface CardHost {
  /** True for the host element itself. */
  is(node: unknown): boolean;
  /** Renders `card` beside `mark` (below, else above), inside the viewport, and makes it visible. */
  show(card: ComponentChild, mark: HTMLElement): void;
  /** Keeps the card beside its mark after scrolling or resizing. */
  follow(): void;
  /** Empties and hides the card. */
  hide(): void;
  /** Focuses the card's first control (Enter on a highlight, as the dialog pattern has it). */
  focusFirst(): void;
  /** Removes the host from the page. */
  remove(): void;
}

/**
 * A host appended to <html> (outside the body, so the page's body stays exactly as it was) holding a CLOSED shadow
 * root: page scripts cannot read the card, which may show the reader's notes.
 */
export function createCardHost(doc: Document, events: { enter(): void; leave(): void }, signal: AbortSignal): CardHost {
  let host: HTMLElement | null = null;
  let root: HTMLElement | null = null;
  let anchor: HTMLElement | null = null;

  const made = () => {
    if (host && root) return { host, root };
    host = doc.createElement(CARD_TAG);
    host.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;visibility:hidden;overflow:auto;display:block';
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = HOVER_CARD_CSS;
    root = doc.createElement('div');
    shadow.append(style, root);
    host.addEventListener('pointerenter', events.enter, { signal });
    host.addEventListener('pointerleave', events.leave, { signal });
    doc.documentElement.appendChild(host);
    return { host, root };
  };

  const follow = () => {
    if (!host || !anchor) return;
    const rect = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
    host.style.maxHeight = '';
    const view = doc.documentElement;
    const spot = placeCard(rect, host.getBoundingClientRect(), {
      width: view.clientWidth || 1024,
      height: view.clientHeight || 768,
    });
    host.style.top = `${spot.top}px`;
    host.style.left = `${spot.left}px`;
    host.style.maxHeight = `${spot.maxHeight}px`;
    host.style.visibility = 'visible';
  };

  return {
    is: (node) => node !== null && node === host,
    show(card, mark) {
      anchor = mark;
      render(card, made().root);
      follow();
    },
    follow,
    hide() {
      anchor = null;
      if (root) render(null, root);
      if (host) host.style.visibility = 'hidden';
    },
    focusFirst: () => root?.querySelector<HTMLElement>('button, textarea')?.focus(),
    remove() {
      if (root) render(null, root);
      host?.remove();
    },
  };
}
