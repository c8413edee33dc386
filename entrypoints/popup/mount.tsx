import { type ComponentChildren, render } from 'preact';
import { I18nContext } from '../../components/i18n';
import '../../components/theme.css';
import { browserI18n } from './browser-i18n';

/** Renders an extension page's root view into #app, in the reader's language; `title` is a message key. */
export function mount(view: ComponentChildren, title?: string): void {
  const i18n = browserI18n();
  document.documentElement.lang = i18n.locale;
  if (title) document.title = `Sorot — ${i18n.t(title)}`;
  const root = document.getElementById('app');
  if (root) render(<I18nContext.Provider value={i18n}>{view}</I18nContext.Provider>, root);
}
