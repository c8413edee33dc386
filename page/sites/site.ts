/**
 * A page's address as far as the adapters read it: a URL, or the page's own `location`, which the content script
 * passes as it is (no URL to parse, nor URL's interface to set up in its world on a cold page: ~0.2 ms).
 */
export type PageAddress = Pick<URL, 'hostname' | 'pathname' | 'search'>;

/** What one family of sites needs the page layer to know: when a URL can be an article, and what is never text. */
export interface SiteAdapter {
  /** Short name, for tests and reports ("infobrand", "generic"). */
  id: string;
  /** True when a page at this URL may be an article; listing pages (home, category, tag, search, index) are false. */
  mayBeArticle(url: PageAddress): boolean;
  /** CSS selector of site-specific blocks that are never article text (added to the common exclusions). */
  exclude: string;
  /** The outlet's name, used when the page's metadata names none. */
  outlet(url: PageAddress): string;
}
