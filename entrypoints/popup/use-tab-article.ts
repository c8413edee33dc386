import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type ArticleReport, notesToContent, popupToContent } from '../../messaging/protocol';
import { recordSeen } from '../../notes/seen';

/** The tab the popup is about and what its content script reports. */
export interface TabArticle {
  /** The tab's id, or null when there is none (the popup opened on its own). */
  tabId: number | null;
  /** The tab's URL and title, when readable. */
  url: string | null;
  /** The tab's title. */
  title: string;
  /** The annotated article, or null on other pages. */
  report: ArticleReport | null;
  /** The article's text (for anchoring passage notes), or null. */
  text: string | null;
}

/** `?tabId=N` when given (tests, the notes page, the context menu), else the active tab of this window. */
async function targetTab(): Promise<{ id: number | null; url: string | null; title: string }> {
  const param = new URLSearchParams(location.search).get('tabId');
  const tab = param
    ? await browser.tabs.get(Number(param)).catch(() => null)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return { id: tab?.id ?? null, url: tab?.url ?? null, title: tab?.title ?? '' };
}

/** Loads the tab and its article once; null while loading. */
export function useTabArticle(): TabArticle | null {
  const [state, setState] = useState<TabArticle | null>(null);
  useEffect(() => {
    void (async () => {
      const tab = await targetTab();
      const ask = <T>(question: Promise<T>) => question.catch(() => null);
      const [report, text] =
        tab.id === null || tab.url?.startsWith(location.origin)
          ? [null, null]
          : await Promise.all([
              ask(popupToContent.sendMessage('getArticle', undefined, tab.id)),
              ask(notesToContent.sendMessage('getArticleText', undefined, tab.id)),
            ]);
      if (report) void recordSeen(report.url, report.extraction);
      setState({ tabId: tab.id, url: tab.url, title: tab.title, report, text });
    })();
  }, []);
  return state;
}
