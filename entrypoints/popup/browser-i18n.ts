import { browser } from 'wxt/browser';
import type { I18n } from '../../components/i18n';

/** Keys are checked against messages.json by the component tests, not by the compiler. */
type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** The extension's messages in the browser's language (Indonesian or English, English otherwise). */
export function browserI18n(): I18n {
  const ui = browser.i18n.getUILanguage();
  return {
    t: (key, ...subs) => browser.i18n.getMessage(key as MessageKey, subs.map(String)) || key,
    locale: ui.toLowerCase().startsWith('id') ? 'id-ID' : ui,
  };
}
