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

/** Asks the tab's content script for its article and text; nulls when there is no content script. */
async function askTab(tab: { id: number | null; url: string | null; title: string }): Promise<TabArticle> {
  const ask = <T>(question: Promise<T>) => question.catch(() => null);
  const [report, text] =
    tab.id === null || tab.url?.startsWith(location.origin)
      ? [null, null]
      : await Promise.all([
          ask(popupToContent.sendMessage('getArticle', undefined, tab.id)),
          ask(notesToContent.sendMessage('getArticleText', undefined, tab.id)),
        ]);
  if (report) void recordSeen(report.url, report.extraction);
  return { tabId: tab.id, url: tab.url, title: tab.title, report, text };
}

/**
 * Runs the content script in the tab on the reader's request ("Annotate this page", with the activeTab grant
 * the toolbar click gives), then waits up to `waitMs` for its article. Null when the page cannot be annotated.
 */
export async function annotateTab(tab: TabArticle, waitMs = 4000): Promise<TabArticle | null> {
  if (tab.tabId === null) return null;
  const tabId = tab.tabId;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  } catch {
    return null;
  }
  for (let waited = 0; waited <= waitMs; waited += 250) {
    const next = await askTab({ id: tabId, url: tab.url, title: tab.title });
    if (next.report) return next;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return null;
}

/** The tab and its article (null while loading), and a setter for after an on-demand annotation. */
export function useTabArticle(): [TabArticle | null, (next: TabArticle) => void] {
  const [state, setState] = useState<TabArticle | null>(null);
  useEffect(() => {
    void targetTab().then(askTab).then(setState);
  }, []);
  return [state, setState];
}
