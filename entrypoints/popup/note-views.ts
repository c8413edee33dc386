import type { Translate } from '../../components/i18n';
import type { AnchorStatus, NoteView } from '../../components/NoteCard';
import { anchorPassage } from '../../notes/anchoring';
import type { Note } from '../../notes/schema';

/** Whether a passage note's quote is still on the page whose text is `text`. */
export function anchorStatus(note: Note, text: string): AnchorStatus | undefined {
  const t = note.target;
  if (t.kind !== 'passage') return undefined;
  const anchor = anchorPassage(text, t.quote, t.position);
  if (!anchor) return 'orphaned';
  return anchor.how === 'position' ? 'anchored' : 'moved';
}

/** What a note is about, in words. */
export function headingOf(note: Note, t: Translate): string {
  switch (note.target.kind) {
    case 'entity':
      return note.target.name;
    case 'article':
    case 'passage':
      return note.target.title || note.target.url;
    case 'general':
      return t('generalNote');
  }
}

/** A note as the cards show it; `articleText` (the open page's) lets passage notes say whether they were found. */
export function viewOf(
  note: Note,
  t: Translate,
  options: { articleText?: string | null; heading?: boolean } = {},
): NoteView {
  const target = note.target;
  return {
    id: note.id,
    kind: target.kind,
    heading: options.heading ? headingOf(note, t) : undefined,
    text: note.text,
    updated: note.updated,
    quote: target.kind === 'passage' ? target.quote.exact : undefined,
    status: options.articleText ? anchorStatus(note, options.articleText) : undefined,
  };
}
