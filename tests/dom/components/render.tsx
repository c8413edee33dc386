import { cleanup, render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach } from 'vitest';
import { I18nContext, type Messages, translatorFor } from '../../../components/i18n';
import en from '../../../public/_locales/en/messages.json';
import id from '../../../public/_locales/id/messages.json';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

/** Renders `ui` (and re-renders) with the extension's real English (or Indonesian) messages. */
export function renderIn(ui: ComponentChildren, language: 'en' | 'id' = 'en') {
  const messages: Messages = language === 'en' ? en : id;
  const value = { t: translatorFor(messages), locale: language === 'en' ? 'en' : 'id-ID' };
  const wrap = (children: ComponentChildren) => <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
  const result = render(wrap(ui));
  return { ...result, rerender: (next: ComponentChildren) => result.rerender(wrap(next)) };
}
