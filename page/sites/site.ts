/** What one family of sites needs the page layer to know: when a URL can be an article, and what is never text. */
export interface SiteAdapter {
  /** Short name, for tests and reports ("infobrand", "generic"). */
  id: string;
  /** True when a page at this URL may be an article; listing pages (home, category, tag, search, index) are false. */
  mayBeArticle(url: URL): boolean;
  /** CSS selector of site-specific blocks that are never article text (added to the common exclusions). */
  exclude: string;
  /** The outlet's name, used when the page's metadata names none. */
  outlet(url: URL): string;
}
