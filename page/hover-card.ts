import { h } from 'preact';
import { HoverCard, type HoverCardEntity, type HoverCardNote } from '../components/HoverCard';
import { createCardHost } from './card-host';
import { MARK_TAG } from './highlighter';
import { type Mentions, revealMark } from './mentions';

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
  /** Where each entity's mentions are (those of a long article not yet attached included). */
  mentions: Mentions;
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

/**
 * Shows a card for the highlight under the pointer or keyboard focus, rendered into a closed shadow root (page
 * scripts cannot read the reader's notes), placed beside the highlight inside the viewport; Esc closes it.
 */
export function createHoverCard(deps: HoverCardDeps): HoverCardController {
  const { doc, signal } = deps;
  const on = { signal, passive: true } as const;
  let current: { mark: HTMLElement; entity: HoverCardEntity; note: HoverCardNote; draft: string | null } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closedOn: HTMLElement | null = null;

  const later = (fn: () => void, ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
  const host = createCardHost(
    doc,
    { enter: () => clearTimeout(timer), leave: () => later(hide, HIDE_DELAY_MS) },
    signal,
  );

  const go = (step: number) => {
    if (!current) return;
    const entity = current.mark.dataset.entity ?? '';
    const ids = deps.mentions.ids(entity);
    const next = deps.mentions.mark(
      entity,
      ids[(ids.indexOf(current.mark.dataset.mention ?? '') + step + ids.length) % ids.length],
    );
    if (!next) return;
    revealMark(next);
    next.focus({ preventScroll: true });
  };

  const draw = () => {
    if (!current) return;
    const { entity, note, mark, draft } = current;
    const saveNote = deps.saveNote;
    const ids = deps.mentions.ids(mark.dataset.entity ?? '');
    host.show(
      h(HoverCard, {
        entity: { ...entity, mentions: ids.length },
        position: ids.indexOf(mark.dataset.mention ?? '') + 1,
        note,
        draft,
        onDraft: (text: string | null) => {
          if (current?.mark !== mark) return;
          current.draft = text;
          draw();
        },
        onPrev: () => go(-1),
        onNext: () => go(1),
        onClose: () => hide(true),
        onSaveNote: saveNote
          ? (text: string) => void saveNote(entity, text).then(() => loadNote(mark, entity))
          : undefined,
      }),
      mark,
    );
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
    current = { mark, entity, note: { state: 'loading' }, draft: null };
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
    host.hide();
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
      if (!mark || (e.relatedTarget instanceof Node && (mark.contains(e.relatedTarget) || host.is(e.relatedTarget))))
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
      if (markOf(e.target) && !host.is(e.relatedTarget) && !markOf(e.relatedTarget)) later(() => hide(), HIDE_DELAY_MS);
    },
    on,
  );
  doc.addEventListener(
    'keydown',
    (e) => {
      if (!current) return;
      if (e.key === 'Escape') hide(host.is(e.target) || e.target === current.mark);
      else if (e.key === 'Enter' && e.target === current.mark) {
        // The dialog pattern: Enter on the highlight moves focus into the card.
        e.preventDefault();
        host.focusFirst();
      }
    },
    { signal },
  );
  doc.defaultView?.addEventListener('scroll', host.follow, { ...on, capture: true });
  doc.defaultView?.addEventListener('resize', host.follow, on);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    host.remove();
  });

  return { owns: (node) => host.is(node), hide: () => hide() };
}
