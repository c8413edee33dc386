import { browser } from 'wxt/browser';
import { notesToContent } from '../messaging/protocol';

/** Id of the "Add note to selection" context-menu item. */
const MENU_ID = 'sorot-note-selection';

/** The popup page for a tab, opened on a new passage note for `span` of its article text. */
export function passagePopupUrl(tabId: number, span: { start: number; end: number }): string {
  return browser.runtime.getURL(`/popup.html?tabId=${tabId}&passage=${span.start}-${span.end}`);
}

/**
 * Adds "Add note to selection" to the page context menu. A click asks the tab for the selection as offsets into
 * its article text and opens the popup page on a new passage note; nothing is stored until the reader saves.
 */
export function registerNoteMenu(title: string): void {
  // Menus outlive a service-worker restart in Chrome; recreating after removeAll avoids a duplicate-id error.
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title,
      contexts: ['selection'],
      documentUrlPatterns: ['*://*.infobrand.id/*'],
    });
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    const span = await notesToContent.sendMessage('getSelectionSpan', undefined, tab.id).catch(() => null);
    if (!span) return;
    await browser.windows.create({ url: passagePopupUrl(tab.id, span), type: 'popup', width: 420, height: 640 });
  });
}
