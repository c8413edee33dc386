import { useI18n } from './i18n';

/** Props of the "not an article" panel. */
export interface NotArticleProps {
  /** Asks for annotation of the page in the tab; absent when the page cannot be annotated (browser pages). */
  onAnnotate?: () => void;
  /** True after an attempt found no article on the page. */
  failed?: boolean;
}

/** What the popup says on a page Sorot did not annotate. */
export function NotArticle({ onAnnotate, failed }: NotArticleProps) {
  const { t } = useI18n();
  return (
    <section class="not-article">
      <p>{t('notArticle')}</p>
      {onAnnotate && (
        <button type="button" onClick={onAnnotate}>
          {t('annotateThisPage')}
        </button>
      )}
      {failed && (
        <p class="error" role="status">
          {t('annotateFailed')}
        </p>
      )}
    </section>
  );
}
