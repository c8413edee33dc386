import { notesToContent } from '../messaging/protocol';
import { type MappedRun, selectionSpan } from './selection-span';

/** The article string and the runs that built it (page/text-map's TextMap fits). */
export interface ArticleMap {
  /** The article text that extraction offsets index into. */
  text: string;
  /** Runs of `text`, in order, each read from one text node. */
  segments: readonly MappedRun[];
}

/**
 * Answers the notes UI from the content script: the article text, and the reader's selection in it.
 * `current` gives the latest map (null off articles); returns the function that stops answering.
 */
export function answerNotesRequests(current: () => ArticleMap | null, win: Window = window): () => void {
  const stops = [
    notesToContent.onMessage('getArticleText', () => current()?.text ?? null),
    notesToContent.onMessage('getSelectionSpan', () => {
      const map = current();
      const selection = win.getSelection();
      if (!map || !selection || selection.rangeCount === 0) return null;
      return selectionSpan(map.segments, selection.getRangeAt(0));
    }),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
