import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard, type HoverCardEntity, type HoverCardProps } from '../../../components/HoverCard';
import { describeEntity } from '../../../page/card-model';
import { createHoverCard } from '../../../page/hover-card';
import { flashEntity, type Mentions } from '../../../page/mentions';
import { fakeExtract } from './fake-extract';

const AGUS: HoverCardEntity = {
  kind: 'official',
  name: 'Agus Gumiwang Kartasasmita',
  role: 'Menteri Perindustrian',
  affiliation: 'Kementerian Perindustrian',
  aliases: ['Agus', 'Menperin'],
  mentions: 3,
  figure: null,
  noteKind: 'person',
};
const noop = () => {};

/** The marks in the document as the mentions (the annotator also knows a long article's waiting ones). */
const inPage: Mentions = {
  ids: (entity) => [
    ...new Set(
      [...document.querySelectorAll<HTMLElement>(`sorot-mark[data-entity="${entity}"]`)].map(
        (m) => m.dataset.mention ?? '',
      ),
    ),
  ],
  mark: (entity, mention) => document.querySelector(`sorot-mark[data-entity="${entity}"][data-mention="${mention}"]`),
};

afterEach(cleanup);

/** The card with harmless defaults for everything a test does not look at. */
const card = (props: Partial<HoverCardProps> = {}) => (
  <HoverCard
    entity={AGUS}
    position={1}
    note={{ state: 'none' }}
    draft={null}
    onDraft={noop}
    onPrev={noop}
    onNext={noop}
    onClose={noop}
    {...props}
  />
);

describe('HoverCard', () => {
  it('shows an official with role, affiliation, aliases and the mention position', () => {
    render(card({ position: 2 }));
    expect(screen.getByRole('dialog', { name: 'Agus Gumiwang Kartasasmita' })).toBeTruthy();
    for (const text of [
      'Official',
      'Menteri Perindustrian',
      'Kementerian Perindustrian',
      'Agus, Menperin',
      'Mention 2 of 3',
    ]) {
      expect(screen.getByText(text)).toBeTruthy();
    }
  });

  it('states a figure exactly and in words, with subject, measure and period', () => {
    const x = fakeExtract('Investasi Xiaomi Rp 3 triliun.');
    const figure = describeEntity(x, 'f1') as HoverCardEntity;
    render(card({ entity: figure }));
    for (const text of ['Rp 3.000.000.000.000', '3 triliun rupiah', 'investasi', 'semester I 2025']) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    expect(screen.queryByText('Add note')).toBeNull();
  });

  it('moves between mentions and closes through its callbacks', () => {
    const [prev, next, close] = [vi.fn(), vi.fn(), vi.fn()];
    render(card({ onPrev: prev, onNext: next, onClose: close }));
    fireEvent.click(screen.getByLabelText('Next mention'));
    fireEvent.click(screen.getByLabelText('Previous mention'));
    fireEvent.click(screen.getByLabelText('Close'));
    expect([prev.mock.calls.length, next.mock.calls.length, close.mock.calls.length]).toEqual([1, 1, 1]);
  });

  it("shows the reader's note and lets them write one through the draft it is given", () => {
    const save = vi.fn();
    const drafts: (string | null)[] = [];
    const writing = (draft: string | null) =>
      card({ onSaveNote: save, draft, onDraft: (text: string | null) => drafts.push(text) });
    const { rerender } = render(card({ note: { state: 'saved', text: 'Cek janji investasi', seenIn: 4 } }));
    expect(screen.getByText('Cek janji investasi')).toBeTruthy();
    expect(screen.getByText('Seen in 4 articles')).toBeTruthy();
    rerender(writing(null));
    fireEvent.click(screen.getByText('Add note'));
    rerender(writing(''));
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'Menteri yang rajin ke Beijing' } });
    rerender(writing('Menteri yang rajin ke Beijing'));
    fireEvent.click(screen.getByText('Save note'));
    expect(save).toHaveBeenCalledWith('Menteri yang rajin ke Beijing');
    expect(drafts).toEqual(['', 'Menteri yang rajin ke Beijing', null]);
  });
});

describe('createHoverCard', () => {
  function page() {
    document.body.innerHTML =
      '<p>Menteri <sorot-mark data-kind="official" data-entity="p1" data-mention="0" tabindex="0">Agus</sorot-mark> dan ' +
      '<sorot-mark data-kind="official" data-entity="p1" data-mention="1" tabindex="0">Agus</sorot-mark>.</p>';
    const controller = new AbortController();
    const getNote = vi.fn(async () => ({ text: 'catatan', seenIn: 1 }));
    const card = createHoverCard({
      doc: document,
      signal: controller.signal,
      mentions: inPage,
      describe: (id) => (id === 'p1' ? AGUS : null),
      getNote,
    });
    const marks = [...document.querySelectorAll<HTMLElement>('sorot-mark')];
    return { controller, card, marks, getNote };
  }

  it('opens for a focused highlight in a closed shadow root on a host outside the body, and Esc closes it', () => {
    const { controller, card, marks, getNote } = page();
    marks[0]?.focus();
    const host = document.querySelector('sorot-card') as HTMLElement;
    expect(host).not.toBeNull();
    expect(document.body.contains(host)).toBe(false);
    expect(host.shadowRoot).toBeNull();
    expect(card.owns(host)).toBe(true);
    expect(marks[0]?.getAttribute('aria-expanded')).toBe('true');
    expect(getNote).toHaveBeenCalledWith(AGUS);
    fireEvent.keyDown(marks[0] as HTMLElement, { key: 'Escape' });
    expect(marks[0]?.hasAttribute('aria-expanded')).toBe(false);
    expect(host.style.visibility).toBe('hidden');
    controller.abort();
    expect(document.querySelector('sorot-card')).toBeNull();
  });

  it('writes a note from the card: Add note, type, Save note, and the card shows the saved note', async () => {
    const roots: ShadowRoot[] = [];
    const attach = HTMLElement.prototype.attachShadow;
    // The card's root is closed to the page; the test keeps a handle on it the way only the extension could.
    const spy = vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    document.body.innerHTML =
      '<p><sorot-mark data-kind="official" data-entity="p1" data-mention="0" tabindex="0">Agus</sorot-mark></p>';
    const controller = new AbortController();
    let stored: string | null = null;
    const saveNote = vi.fn(async (_: HoverCardEntity, text: string) => {
      stored = text;
    });
    createHoverCard({
      doc: document,
      signal: controller.signal,
      mentions: inPage,
      describe: () => AGUS,
      getNote: async () => (stored === null ? null : { text: stored, seenIn: 1 }),
      saveNote,
    });
    document.querySelector<HTMLElement>('sorot-mark')?.focus();
    const root = roots[0] as ShadowRoot;
    const find = (selector: string) => root.querySelector<HTMLElement>(selector);
    await vi.waitFor(() => expect(find('.add-note')?.textContent).toBe('Add note'));
    fireEvent.click(find('.add-note') as HTMLElement);
    fireEvent.input(find('textarea') as HTMLElement, { target: { value: 'Menteri yang rajin ke Beijing' } });
    expect((find('textarea') as HTMLTextAreaElement).value).toBe('Menteri yang rajin ke Beijing');
    fireEvent.submit(find('form') as HTMLElement);
    expect(saveNote).toHaveBeenCalledWith(AGUS, 'Menteri yang rajin ke Beijing');
    await vi.waitFor(() => expect(find('.note-text')?.textContent).toBe('Menteri yang rajin ke Beijing'));
    expect(find('textarea')).toBeNull();
    spy.mockRestore();
    controller.abort();
  });

  it('stays closed for a highlight the page does not know', () => {
    const { controller, marks } = page();
    marks[0]?.setAttribute('data-entity', 'x9');
    marks[0]?.focus();
    expect(document.querySelector('sorot-card')).toBeNull();
    controller.abort();
  });
});

describe('flashEntity', () => {
  it('rings the first mark of an entity and says false for an unknown id', () => {
    document.body.innerHTML = '<p><sorot-mark data-entity="o1" data-mention="0">Xiaomi</sorot-mark></p>';
    const mark = document.querySelector('sorot-mark') as HTMLElement;
    mark.scrollIntoView = vi.fn();
    expect(flashEntity(inPage, 'o1')).toBe(true);
    expect(mark.hasAttribute('data-flash')).toBe(true);
    expect(mark.scrollIntoView).toHaveBeenCalledWith({ block: 'center', behavior: 'smooth' });
    expect(flashEntity(inPage, 'p9')).toBe(false);
  });
});
