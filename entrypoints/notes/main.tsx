import { render } from 'preact';
import { I18nContext } from '../../components/i18n';
import '../../components/theme.css';
import { browserI18n } from '../popup/browser-i18n';
import { NotesApp } from './NotesApp';

const i18n = browserI18n();
document.documentElement.lang = i18n.locale;
document.title = `Sorot — ${i18n.t('allNotes')}`;
const root = document.getElementById('app');
if (root) {
  render(
    <I18nContext.Provider value={i18n}>
      <NotesApp />
    </I18nContext.Provider>,
    root,
  );
}
