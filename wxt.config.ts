import preact from '@preact/preset-vite';
import type { InlineConfig, Plugin } from 'vite';
import { defineConfig } from 'wxt';

/** Gecko id of the Firefox add-on; e2e tests pin the moz-extension UUID to it. */
export const GECKO_ID = 'sorot@infobrand-annotator.example';

export default defineConfig({
  // Explicit imports only: every module says where its names come from.
  imports: false,
  // `browser` from 'wxt/browser' is webextension-polyfill in every entrypoint.
  modules: ['@wxt-dev/webextension-polyfill'],
  // Firefox gets MV3 too (WXT defaults Firefox to MV2), so both browsers run the same manifest shape.
  manifestVersion: 3,
  // A function of the target, so the Chrome manifest never carries Firefox-only keys.
  manifest: ({ browser }) => ({
    name: 'Sorot',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting: "Annotate this page" injects the content script into the tab the reader is on, nowhere else.
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    // The content script's own sites, no wider: lets the popup (?tabId=N) and tests read those tabs' URLs.
    host_permissions: ['*://*.infobrand.id/*'],
    action: { default_title: 'Sorot' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // data_collection_permissions needs Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // The AMO sources zip holds what builds the add-on, not our tests, fixtures or screenshots.
    excludeSources: ['tests/**', 'bench/**', 'docs/**', '.ci/**', 'scripts/**', '.output/**'],
  },
  webExt: { disabled: true },
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (entrypoints.some((entry) => entry.type === 'content-script')) {
        viteConfig.plugins = [
          ...(viteConfig.plugins ?? []),
          nativeBrowserApi(),
          renameLast(),
          evaluateInNextTask(),
          compileAllOnLoad(),
        ];
        minifyTwice(viteConfig);
      }
    },
  },
});

/**
 * The content script, the one bundle with a byte budget, goes through terser's compressor and then through Vite's
 * own Oxc minifier (about 680 B under Oxc alone, zlib -9). Terser folds what Oxc keeps (module constants such as the
 * token flags written as numbers, single-use functions); Oxc then reprints it shorter. Terser does not rename here
 * (`mangle: false`): `renameLast` does, after Oxc. Moving a single-use function into its one caller makes it a new
 * closure at every call of the caller: the bundled engine runs 2.3% more instructions on 1 MB and 3% on a hot 4 KB
 * article, 0.4% on a cold first extract (cachegrind). We pay that for ~400 B of budget, which this session's rules
 * needed; `reduce_funcs: false` buys the instructions back for those bytes. `ecma: 2020`: the add-on runs in
 * Chromium 130+ and Firefox 140+. Three of terser's unsafe options hold for this bundle (43 B): `unsafe` writes
 * `String(x)` and `${x}` as `x + ""` (our values there are strings and numbers, never symbols), `unsafe_arrows`
 * makes arrows of function expressions that use no `this` (the inlined single-use functions and Preact's callbacks,
 * none called with `new`), `pure_getters` drops or moves reads of properties whose getters have no side effects
 * (a getter that does something must not be read for that alone). Other bundles keep Vite's default.
 */
function minifyTwice(config: InlineConfig): void {
  const build = config.build ?? {};
  build.minify = 'terser';
  build.terserOptions = {
    ecma: 2020,
    compress: { passes: 3, unsafe: true, unsafe_arrows: true, pure_getters: true },
    mangle: false,
    format: { ecma: 2020 },
  };
  // `minify: 'terser'` turns Rolldown's Oxc minifier off; turned back on, it runs after terser (a renderChunk hook).
  const output = build.rollupOptions?.output;
  if (output && !Array.isArray(output)) output.minify = true;
  config.build = build;
}

/**
 * Fields of the engine's and the page pass's own objects (tokens, words, the document, drafts of spans, the phrase
 * trie, the annotator) that no message, storage item, DOM API or library reads: none is a field of what the content
 * script sends or stores (core/types.ts, messaging/, notes/, settings/), none is written as a string in our code
 * (tests/build/renamed-fields.test.ts checks both), and none lives on a DOM node. Renamed in the content script.
 */
export const BUNDLE_INTERNAL_FIELDS: readonly string[] = (
  'lower cap waiting allCaps lineBefore uncapitalised tokens taken sentence honorificFrom fieldEnd acronym ' +
  'anaphor complement isOrg startsAt endsAt onlyWord namedOrg surface paren abbreviated linked highlighter ' +
  'generation starts later digits parts pieces longest exclude mayBeArticle removeStyles replaced budgetMs owner ' +
  'enter leave plans siteExclude ldTypes furniture original extra snapshot'
).split(' ');

/** Those of them that some DOM API also uses for its own field (IDBKeyRange.lower…): terser keeps such names. */
const DOM_NAMED = /^(lower|cap|waiting)$/;

/** Preact's internal field names as its own build mangles them, and our other internal fields. */
const RENAMED_FIELDS = new RegExp(
  `^(__[a-zA-Z]|${BUNDLE_INTERNAL_FIELDS.filter((f) => !DOM_NAMED.test(f)).join('|')})$`,
);

/**
 * Renames the content script's variables once more, after Oxc has minified it: terser's mangler names variables by
 * how often each letter occurs in the file, which gzip packs better than Oxc's names (61,079 -> 61,037 B zlib -9).
 * Only names change: no compression pass. Preact's internal fields, already two underscores and a letter in its own
 * build (`__k`, `__e`, `__c`: 230 uses), get the mangler's shortest free names too (61,191 -> 61,152 B): they live on
 * Preact's vnodes, components and the card's nodes in the content script's own isolated world, and nothing outside
 * this bundle reads them (no preact/hooks nor devtools here). Terser never picks a name that another property in the
 * bundle or a DOM property uses; Preact's public `__html`, `__source` and `__self` do not match. Our own internal
 * fields are renamed with them, and first, in a pass of their own, the three that terser keeps by default as DOM names
 * (`.lower` alone is read 284 times): 60,364 -> 59,890 B in all. That pass lets terser pick any name the bundle does
 * not use, DOM names too, which is safe there only because those fields live on our own objects.
 */
function renameLast(): Plugin {
  return {
    name: 'sorot:rename-last',
    async generateBundle(_, bundle) {
      // Loaded here, as Vite loads terser for `minify: 'terser'`: `wxt prepare` and the dev server never need it.
      const { minify } = await import('terser');
      const rename = async (code: string, regex: RegExp, builtins: boolean) =>
        (await minify(code, { ecma: 2020, compress: false, mangle: { properties: { regex, builtins } } })).code ?? code;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunk.code = await rename(await rename(chunk.code, DOM_NAMED, true), RENAMED_FIELDS, false);
      }
    },
  };
}

/**
 * Marks the content script with V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chromium 136+), so its
 * functions are compiled when the script loads instead of at their first call. Nearly every function runs in the
 * first pass, and compiled lazily each was parsed twice (pre-parsed at load, parsed again when first called). On the
 * fixture article in headless Chromium this took content-script start → highlights from ~40 to ~21 ms and the whole
 * first task, compilation included, from ~110 to ~80 ms (medians of 7 loads, back to back). Firefox reads a comment.
 */
function compileAllOnLoad(): Plugin {
  return {
    name: 'sorot:compile-all-on-load',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
      }
    },
  };
}

/**
 * Runs the content script's top level (its modules' tables, WXT's context, main()) in a task after the one that
 * compiles it, instead of in the same one: on a first load (every new browser process: V8 keeps no code for the
 * bundle across a restart) the compile hint's eager compilation alone is 24-46 ms of CPU, and with the top level on
 * top the task ran over 50 ms (bench/page-first-load.ts). `var content=function(){…}();` becomes
 * `setTimeout(function(){…});` (one byte less): nothing reads the script's result (the popup's `executeScript` only
 * awaits it), and the functions stay in the compiled script, so the hint still covers them.
 */
function evaluateInNextTask(): Plugin {
  const WRAPPED = /^var content=function\(\)\{([\s\S]*)\}\(\);?\s*$/;
  return {
    name: 'sorot:evaluate-in-next-task',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const body = WRAPPED.exec(chunk.code)?.[1];
        if (body === undefined) throw new Error(`${chunk.fileName}: not the IIFE WXT wraps a content script in`);
        chunk.code = `setTimeout(function(){${body}});`;
      }
    },
  };
}

const NATIVE_BROWSER = '\0sorot:native-browser';

/**
 * The content script, the one bundle with a byte budget, calls the browser's own `browser`/`chrome` instead of
 * webextension-polyfill: every API it uses (storage.local, storage.onChanged, runtime.id, and runtime messaging,
 * which @webext-core/messaging does through `chrome.*` itself) returns promises natively under MV3 in Chromium and
 * Firefox, so the polyfill's 2.7 KB gzip did nothing there. Extension pages and the background keep the polyfill.
 * This is WXT's own `wxt/browser` without the polyfill module.
 */
function nativeBrowserApi(): Plugin {
  return {
    name: 'sorot:native-browser-api',
    enforce: 'pre',
    resolveId: (id) => (id === '@wxt-dev/webextension-polyfill/browser' ? NATIVE_BROWSER : null),
    load: (id) =>
      id === NATIVE_BROWSER
        ? 'export const browser = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;'
        : null,
  };
}
