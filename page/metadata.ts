/** What a page says about itself in its <head>: Open Graph tags and JSON-LD. */
export interface PageMetadata {
  /** Every schema.org @type in the page's JSON-LD ("NewsArticle", "WebSite" …). */
  ldTypes: string[];
  /** og:type, lower-cased ("article", "website"), or null. */
  ogType: string | null;
  /** The headline: JSON-LD headline, og:title or <title>, or null. */
  headline: string | null;
  /** The summary: JSON-LD description, og:description or meta description, or null. */
  description: string | null;
  /** The outlet's name: JSON-LD publisher name or og:site_name, or null. */
  siteName: string | null;
  /** The publication date as YYYY-MM-DD, or null when the page states none. */
  published: string | null;
}

const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|PressRelease)$/;
const LISTING_TYPES = /^(?:CollectionPage|SearchResultsPage|ItemList|WebSite|ProfilePage)$/;

function meta(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const value = el?.getAttribute('content')?.trim();
  return value ? value : null;
}

/** The JSON-LD objects of the page, flattened out of arrays and @graph; unparsable blocks are skipped. */
function ldObjects(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      out.push(obj);
      if (obj['@graph']) visit(obj['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block says nothing; the other signals still count.
    }
  }
  return out;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Reads the page's Open Graph and JSON-LD metadata. */
export function readMetadata(doc: Document): PageMetadata {
  const objects = ldObjects(doc);
  const ldTypes = objects.flatMap((o) => [o['@type']].flat().filter((t): t is string => typeof t === 'string'));
  const article = objects.find((o) => [o['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t)));
  const publisher = article?.publisher as Record<string, unknown> | undefined;
  const date = str(article?.datePublished) ?? meta(doc, 'article:published_time');
  return {
    ldTypes,
    ogType: meta(doc, 'og:type')?.toLowerCase() ?? null,
    headline: str(article?.headline) ?? meta(doc, 'og:title') ?? str(doc.title),
    description: str(article?.description) ?? meta(doc, 'og:description') ?? meta(doc, 'description'),
    siteName: str(publisher?.name) ?? meta(doc, 'og:site_name'),
    published: date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null,
  };
}

/** True when the metadata declares an article; false when it declares a listing; null when it says neither. */
export function declaresArticle(m: PageMetadata): boolean | null {
  if (m.ldTypes.some((t) => ARTICLE_TYPES.test(t)) || m.ogType === 'article') return true;
  if (m.ldTypes.some((t) => LISTING_TYPES.test(t) && t !== 'WebSite') || m.ogType === 'website') return false;
  return null;
}
