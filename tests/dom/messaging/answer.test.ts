import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerContentMessages, type ContentAnswers } from '../../../messaging/answer';
import { notesToContent, popupToContent } from '../../../messaging/protocol';

/**
 * The senders keep `@webext-core/messaging`, which sends through `chrome.tabs.sendMessage`: here that reaches the
 * fake browser's `runtime.onMessage`, where the content script's listener is, through a structured clone (as a real
 * message is), and answers `undefined` when no listener kept the channel open, as Chromium does.
 */
function wireTabs(): void {
  vi.stubGlobal('chrome', {
    runtime: {},
    tabs: {
      sendMessage(_tabId: number, message: unknown, _options: unknown, respond: (answer: unknown) => void) {
        void fakeBrowser.runtime.onMessage.trigger(structuredClone(message), {}, respond).then((kept: unknown[]) => {
          if (!kept.includes(true)) respond(undefined);
        });
      },
    },
  });
}

const REPORT = {
  url: 'https://www.infobrand.id/a',
  title: 'Judul',
  outlet: 'INFOBRAND.ID',
  published: '2025-01-02',
  extraction: { persons: [], organizations: [], places: [], figures: [], quotes: [], dates: [] },
};

function answers(overrides: Partial<ContentAnswers> = {}): ContentAnswers {
  return {
    getArticle: () => REPORT,
    scrollToEntity: (id) => id === 'p1',
    getArticleText: () => 'Teks artikel.',
    getSelectionSpan: () => ({ start: 2, end: 5 }),
    ...overrides,
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  wireTabs();
});
afterEach(() => vi.unstubAllGlobals());

describe('answerContentMessages', () => {
  it("answers the library's sender for each message, with the data it sent", async () => {
    answerContentMessages(fakeBrowser.runtime.onMessage, answers());
    expect(await popupToContent.sendMessage('getArticle', undefined, 1)).toEqual(REPORT);
    expect(await popupToContent.sendMessage('scrollToEntity', 'p1', 1)).toBe(true);
    expect(await popupToContent.sendMessage('scrollToEntity', 'o9', 1)).toBe(false);
    expect(await notesToContent.sendMessage('getArticleText', undefined, 1)).toBe('Teks artikel.');
    expect(await notesToContent.sendMessage('getSelectionSpan', undefined, 1)).toEqual({ start: 2, end: 5 });
  });

  it('passes null answers through', async () => {
    answerContentMessages(
      fakeBrowser.runtime.onMessage,
      answers({ getArticle: () => null, getSelectionSpan: () => null }),
    );
    expect(await popupToContent.sendMessage('getArticle', undefined, 1)).toBeNull();
    expect(await notesToContent.sendMessage('getSelectionSpan', undefined, 1)).toBeNull();
  });

  it("makes the sender throw the answer's error again", async () => {
    answerContentMessages(
      fakeBrowser.runtime.onMessage,
      answers({
        getArticleText: () => {
          throw new TypeError('no article');
        },
      }),
    );
    const err = await notesToContent.sendMessage('getArticleText', undefined, 1).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).toMatchObject({ name: 'TypeError', message: 'no article' });
  });

  it('leaves other messages to other listeners and stops when asked', async () => {
    const stop = answerContentMessages(fakeBrowser.runtime.onMessage, answers());
    const respond = vi.fn();
    const kept = await fakeBrowser.runtime.onMessage.trigger({ type: 'getArticle' }, {}, respond);
    expect(kept).toEqual([false]);
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'toString', timestamp: 1 }, {}, respond)).toEqual([
      false,
    ]);
    expect(respond).not.toHaveBeenCalled();
    stop();
    await expect(popupToContent.sendMessage('getArticle', undefined, 1)).rejects.toThrow('No response');
  });
});
