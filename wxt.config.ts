import preact from '@preact/preset-vite';
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
});
