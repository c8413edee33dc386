import { useState } from 'preact/hooks';
import { useI18n } from '../../components/i18n';
import { NoteEditor } from '../../components/NoteEditor';
import { type ArticleReport, notesToContent } from '../../messaging/protocol';
import { describePassage } from '../../notes/anchoring';
import { composeNote } from '../../notes/compose';
import { saveNote } from '../../notes/write';

/** Props of the passage composer. */
export interface PassageComposerProps {
  /** The tab to ask for the reader's selection. */
  tabId: number | null;
  /** The article in the tab. */
  report: ArticleReport;
  /** Its text, which passage selectors point into. */
  text: string | null;
}

/** `?passage=start-end` (from the context menu) as a span. */
function passageParam(): { start: number; end: number } | null {
  const match = /^(\d+)-(\d+)$/.exec(new URLSearchParams(location.search).get('passage') ?? '');
  return match ? { start: Number(match[1]), end: Number(match[2]) } : null;
}

/** "Add note to selection": takes the reader's selection in the article and writes a note anchored to it. */
export function PassageComposer({ tabId, report, text }: PassageComposerProps) {
  const { t } = useI18n();
  const [span, setSpan] = useState(passageParam);
  const [noSelection, setNoSelection] = useState(false);
  const selectors = span && text ? describePassage(text, span.start, span.end) : null;
  const askSelection = async () => {
    if (tabId === null) return;
    const selected = await notesToContent.sendMessage('getSelectionSpan', undefined, tabId).catch(() => null);
    setSpan(selected);
    setNoSelection(selected === null);
  };
  return (
    <>
      <button type="button" id="note-selection" onClick={() => void askSelection()}>
        {t('noteOnSelection')}
      </button>
      {noSelection && (
        <p class="note-detail" role="status">
          {t('selectFirst')}
        </p>
      )}
      {selectors && (
        <div class="passage-editor">
          <blockquote>{selectors.quote.exact}</blockquote>
          <NoteEditor
            label={t('passageNote')}
            saved=""
            ids={{ text: 'passage-note', save: 'passage-save', saved: 'passage-saved' }}
            autoFocus
            onSave={async (note) => {
              const target = { kind: 'passage' as const, url: report.url, title: report.title, ...selectors };
              const result = await saveNote(composeNote(target, note, null));
              if (result.ok) setSpan(null);
              return result;
            }}
          />
        </div>
      )}
    </>
  );
}
