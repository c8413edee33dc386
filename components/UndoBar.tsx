import { useI18n } from './i18n';

/** Props of the undo bar. */
export interface UndoBarProps {
  /** What was just deleted, for the message. */
  what: string;
  /** Puts it back. */
  onUndo: () => void;
  /** Hides the bar. */
  onDismiss: () => void;
}

/** "Note deleted. Undo" — shown after a delete, until the reader dismisses it. */
export function UndoBar({ what, onUndo, onDismiss }: UndoBarProps) {
  const { t } = useI18n();
  return (
    <div class="undo-bar" role="status">
      <span>{t('deleted', what)}</span>
      <button type="button" onClick={onUndo}>
        {t('undo')}
      </button>
      <button type="button" aria-label={t('dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
