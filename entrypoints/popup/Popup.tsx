import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AnnotationSwitch } from '../../components/AnnotationSwitch';
import { ArticleHeader } from '../../components/ArticleHeader';
import { FactGroups } from '../../components/FactGroups';
import type { NoteableEntity } from '../../components/FactItems';
import { useI18n } from '../../components/i18n';
import { NotArticle } from '../../components/NotArticle';
import { SearchBox } from '../../components/SearchBox';
import { popupToContent } from '../../messaging/protocol';
import { entityKey } from '../../notes/entity-key';
import { type AnnotationSettings, isEnabledFor } from '../../settings/annotation-settings';
import { PopupNotes } from './PopupNotes';
import { useNotes } from './use-notes';
import { useSettings } from './use-settings';
import { annotateTab, useTabArticle } from './use-tab-article';

function hostOf(url: string | null): string | undefined {
  return url && /^https?:/.test(url) ? new URL(url).hostname : undefined;
}

/** The settings with annotation of `site` turned on or off. */
function withSite(settings: AnnotationSettings, site: string, on: boolean): AnnotationSettings {
  const others = settings.disabledSites.filter((h) => h !== site);
  return { ...settings, disabledSites: on ? others : [...others, site] };
}

/** The popup: the article's facts, the annotation switches and the reader's notes for the tab. */
export function Popup() {
  const { t } = useI18n();
  const [tab, setTab] = useTabArticle();
  const [annotateFailed, setAnnotateFailed] = useState(false);
  const list = useNotes();
  const [settings, updateSettings] = useSettings();
  const [query, setQuery] = useState('');
  const [entity, setEntity] = useState<NoteableEntity | null>(null);
  if (!tab || !list || !settings) return <p class="loading">{t('loading')}</p>;

  const site = hostOf(tab.report?.url ?? tab.url);
  const noted = new Set(list.notes.flatMap((n) => (n.target.kind === 'entity' ? [n.target.key] : [])));
  const report = tab.report;
  return (
    <main class="popup">
      {report ? (
        <ArticleHeader title={report.title} outlet={report.outlet} published={report.published} />
      ) : (
        <NotArticle
          failed={annotateFailed}
          onAnnotate={
            site
              ? async () => {
                  const next = await annotateTab(tab);
                  if (next) setTab(next);
                  setAnnotateFailed(next === null);
                }
              : undefined
          }
        />
      )}
      <AnnotationSwitch
        site={site}
        siteOn={site ? isEnabledFor(settings, site) : settings.enabled}
        globalOn={settings.enabled}
        onSite={(on) => site && updateSettings((s) => withSite(s, site, on))}
        onGlobal={(on) => updateSettings((s) => ({ ...s, enabled: on }))}
        extras={settings}
        onExtra={(setting, on) => updateSettings((s) => ({ ...s, [setting]: on }))}
      />
      {report && (
        <>
          <SearchBox id="fact-search" label={t('searchFacts')} value={query} onInput={setQuery} />
          <FactGroups
            facts={report.extraction}
            query={query}
            actions={{
              onPick: (id) => {
                if (tab.tabId !== null)
                  void popupToContent.sendMessage('scrollToEntity', id, tab.tabId).catch(() => false);
              },
              onNote: setEntity,
              hasNote: (e) => noted.has(entityKey(e.kind, e.name)),
            }}
          />
        </>
      )}
      <PopupNotes tab={tab} notes={list.notes} entity={entity} onEntityDone={() => setEntity(null)} />
      {list.unreadable.length > 0 && <p class="error">{t('unreadableNotes', list.unreadable.length)}</p>}
      <p class="footer">
        <a href={browser.runtime.getURL('/notes.html')} target="_blank" rel="noreferrer">
          {t('allNotes')}
        </a>
      </p>
    </main>
  );
}
