import { useI18n } from './i18n';
import { SearchBox } from './SearchBox';

/** How the notes page groups notes. */
export type NotesGrouping = 'article' | 'entity';
/** Export formats: our JSON, Markdown, W3C Web Annotation JSON-LD. */
export type ExportFormat = 'json' | 'markdown' | 'jsonld';

/** Props of the notes page toolbar. */
export interface NotesToolbarProps {
  /** Search text. */
  query: string;
  /** New search text. */
  onQuery: (query: string) => void;
  /** Current grouping. */
  grouping: NotesGrouping;
  /** Switch grouping. */
  onGrouping: (grouping: NotesGrouping) => void;
  /** Export in a format. */
  onExport: (format: ExportFormat) => void;
  /** The chosen import file's text. */
  onImport: (content: string) => void;
  /** Whether notes are mirrored to storage.sync. */
  syncOn: boolean;
  /** Turn sync on or off. */
  onSync: (on: boolean) => void;
}

/** Search, grouping, export, import and sync controls of the notes page. */
export function NotesToolbar(props: NotesToolbarProps) {
  const { t } = useI18n();
  return (
    <div class="toolbar">
      <SearchBox id="notes-search" label={t('searchNotes')} value={props.query} onInput={props.onQuery} />
      <fieldset class="switches">
        <legend>{t('groupBy')}</legend>
        {(['article', 'entity'] as const).map((g) => (
          <label key={g}>
            <input
              type="radio"
              name="grouping"
              value={g}
              checked={props.grouping === g}
              onChange={() => props.onGrouping(g)}
            />
            {t(g === 'article' ? 'byArticle' : 'byEntity')}
          </label>
        ))}
      </fieldset>
      {(['json', 'markdown', 'jsonld'] as const).map((format) => (
        <button key={format} type="button" id={`export-${format}`} onClick={() => props.onExport(format)}>
          {t(`export_${format}`)}
        </button>
      ))}
      <label class="import">
        {t('importJson')}{' '}
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file) props.onImport(await file.text());
            input.value = '';
          }}
        />
      </label>
      <label>
        <input
          id="sync-switch"
          type="checkbox"
          checked={props.syncOn}
          onChange={(e) => props.onSync(e.currentTarget.checked)}
        />
        {t('syncNotes')}
      </label>
    </div>
  );
}
