import { useI18n } from './i18n';

/** Props of the article header. */
export interface ArticleHeaderProps {
  /** The headline. */
  title: string;
  /** The outlet ("INFOBRAND.ID"). */
  outlet: string;
  /** Publication date as YYYY-MM-DD, or null. */
  published: string | null;
}

/** Headline, outlet and date of the article in the tab. */
export function ArticleHeader({ title, outlet, published }: ArticleHeaderProps) {
  const { locale } = useI18n();
  const date = published
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${published}T00:00:00Z`))
    : null;
  return (
    <header class="article-header">
      <h1>{title}</h1>
      <p class="byline">
        {outlet}
        {date && (
          <>
            {' '}
            · <time dateTime={published ?? undefined}>{date}</time>
          </>
        )}
      </p>
    </header>
  );
}
