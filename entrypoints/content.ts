import { defineContentScript } from 'wxt/utils/define-content-script';
import { popupToContent } from '../messaging/protocol';

export default defineContentScript({
  matches: ['*://*.infobrand.id/*'],
  runAt: 'document_idle',
  main(ctx) {
    document.documentElement.dataset.sorot = 'ready';
    const stops = [
      popupToContent.onMessage('getArticle', () => null),
      popupToContent.onMessage('scrollToEntity', () => false),
    ];
    ctx.onInvalidated(() => {
      for (const stop of stops) stop();
    });
  },
});
