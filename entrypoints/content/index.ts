// First: starts the clock and the settings read before the engine's module builds its tables (see early.ts).
import './early';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extract, prepare } from '../../core/index';
import { answerContentMessages } from '../../messaging/answer';
import { getEntityNote, setEntityNote } from '../../notes/entity-note';
import { recordSeen } from '../../notes/seen';
import { selectionSpan } from '../../notes/selection-span';
import { Annotator } from '../../page/annotate';
import { describeEntity } from '../../page/card-model';
import type { DetectMode } from '../../page/detect';
import { createHoverCard, type HoverCardController } from '../../page/hover-card';
import { flashEntity } from '../../page/mentions';
import { observeChanges } from '../../page/observer';
import { pickSite } from '../../page/sites/index';
import { isToggleKey } from '../../page/toggle-key';
import {
  type AnnotationSettings,
  annotationSettings,
  isEnabledFor,
  toggleSite,
} from '../../settings/annotation-settings';
import { settingsOnLoad } from './early';

/** Left on the content scripts' shared global by every instance, so a later injection knows it was asked for. */
interface SorotGlobal {
  sorotStarted?: boolean;
}

export default defineContentScript({
  matches: ['*://*.infobrand.id/*'],
  runAt: 'document_idle',
  // WXT's legacy window.postMessage "script started" notice (its custom DOM event, which our instances listen to, is
  // kept) cost 15-25 ms of the first task in Chromium: measured with marks around the context's constructor.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The engine's dictionaries are filled in a task of their own, queued behind the one that compiled and evaluated
    // the bundle (with V8 compiling every function on load, the two together made a first task of 56-69 ms); the rest
    // of main() runs after them in that task, as it ran after them before.
    ctx.setTimeout(() => {
      const taskStart = performance.now();
      prepare();
      start(ctx, taskStart);
    }, 0);
  },
});

/** The content script proper, once the engine is ready; `taskStart` is when its task began. */
function start(ctx: ContentScriptContext, taskStart: number): void {
  performance.mark('sorot:start');
  // WXT stops an older instance when a new one starts. A second instance in the same page, or any instance
  // outside INFOBRAND, exists because the reader asked ("Annotate this page"): annotate whatever the settings say.
  const global = globalThis as SorotGlobal;
  const asked = global.sorotStarted === true || pickSite(location).id !== 'infobrand';
  global.sorotStarted = true;
  const mode: DetectMode = asked ? 'asked' : 'auto';
  let insist = asked;
  const annotator = new Annotator({ doc: document, extract });
  let settings: AnnotationSettings | null = null;
  const settingsRead = settingsOnLoad.then((value) => {
    settings = value;
    return value;
  });
  const enabled = () => insist || (settings !== null && isEnabledFor(settings, location.hostname));
  const turnOff = async () => {
    if (await annotator.clearGradually()) document.documentElement.dataset.sorot = 'off';
  };
  const apply = () => {
    if (!settings) return; // the first pass is still reading the settings
    if (enabled()) void annotator.run(mode, settings);
    else void turnOff();
  };
  // The first pass starts at once: it detects and extracts while the settings are read and the rest is set up.
  void annotator
    .run(
      mode,
      settingsRead.then((value) => (insist || isEnabledFor(value, location.hostname) ? value : null)),
      // This task began with the dictionaries: the pass yields first if they used its budget.
      taskStart,
    )
    .then((article) => {
      // Feeds the card's "seen in N articles you annotated" for entity notes.
      if (article) void recordSeen(article.url, article.extraction);
      if (!enabled()) void turnOff();
    });

  // Page changes count from now on: observing costs little. Everything else (hover card, shortcut, settings watch,
  // popup messages) waits for a task queued behind the pass's first slice, so a short article's highlights do not
  // wait for it; a long article's pass yields, and the setup runs at its first yield.
  let card: HoverCardController | null = null;
  observeChanges(
    document.documentElement,
    (n) => annotator.owns(n) || card?.owns(n) === true,
    () => enabled() && apply(),
    ctx.signal,
  );
  const stops: (() => void)[] = [];
  ctx.onInvalidated(() => {
    for (const stop of stops) stop();
    annotator.clear();
  });
  ctx.setTimeout(() => {
    card = createHoverCard({
      doc: document,
      signal: ctx.signal,
      mentions: annotator,
      describe: (id) => (annotator.article ? describeEntity(annotator.article.extraction, id) : null),
      getNote: (e) => (e.noteKind ? getEntityNote(e.noteKind, e.name) : Promise.resolve(null)),
      saveNote: async (e, text) => {
        if (e.noteKind) await setEntityNote(e.noteKind, e.name, text);
      },
    });
    ctx.addEventListener(window, 'wxt:locationchange', apply);
    ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
      if (!isToggleKey(e)) return;
      e.preventDefault();
      if (settings) void annotationSettings.setValue(toggleSite(settings, location.hostname));
    });
    stops.push(
      annotationSettings.watch((next) => {
        settings = next;
        insist = false; // a change of settings (the shortcut, the popup's switches) speaks for itself
        card?.hide();
        apply();
      }),
      answerContentMessages(browser.runtime.onMessage, {
        getArticle: () => {
          const a = annotator.article;
          if (!a) return null;
          const { headline, outlet, published } = a.parts;
          return { url: a.url, title: headline, outlet, published, extraction: a.extraction };
        },
        scrollToEntity: (id) => flashEntity(annotator, id),
        getArticleText: () => annotator.article?.map.text ?? null,
        getSelectionSpan: () => {
          const selection = getSelection();
          const map = annotator.article?.map;
          return map && selection?.rangeCount ? selectionSpan(map, selection.getRangeAt(0)) : null;
        },
      }),
    );
  }, 0);
}
