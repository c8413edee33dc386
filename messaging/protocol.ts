import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Extraction } from '../core/types';

/** What the content script found on an annotated article page. */
export interface ArticleReport {
  /** The page's URL. */
  url: string;
  /** The article's headline. */
  title: string;
  /** The outlet's name ("INFOBRAND.ID"), from the page's own metadata or hostname. */
  outlet: string;
  /** Publication date as YYYY-MM-DD when the page states it, else null. */
  published: string | null;
  /** The facts found in the article text (offsets into the page's article text). */
  extraction: Extraction;
}

/** Messages the popup sends to the content script of a tab. */
export interface PopupToContent {
  /** What the page's article says; null when the page is not an annotated article. */
  getArticle(): ArticleReport | null;
  /** Scrolls to the first mention of an entity or figure id and flashes it; false when the id is unknown. */
  scrollToEntity(id: string): boolean;
}

/** Popup → content script messages (send with a tabId). */
export const popupToContent = defineExtensionMessaging<PopupToContent>();

/** A stretch of the article text, as string offsets (end exclusive). */
export interface TextSpan {
  /** Offset of the first character in the article text. */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

/** Messages the notes UI (popup, background's context menu) sends to the content script of a tab. */
export interface NotesToContent {
  /** The article text that extraction offsets and passage notes index into; null when not an annotated article. */
  getArticleText(): string | null;
  /** The reader's current selection inside the article, as offsets into that text; null when there is none. */
  getSelectionSpan(): TextSpan | null;
}

/** Notes UI → content script messages (send with a tabId). */
export const notesToContent = defineExtensionMessaging<NotesToContent>();
