import { render } from 'preact';
import { I18nContext } from '../../components/i18n';
import '../../components/theme.css';
import { browserI18n } from './browser-i18n';
import { Popup } from './Popup';

const i18n = browserI18n();
document.documentElement.lang = i18n.locale;
const root = document.getElementById('app');
if (root) {
  render(
    <I18nContext.Provider value={i18n}>
      <Popup />
    </I18nContext.Provider>,
    root,
  );
}
