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
const LISTING_TYPES = /^(?:CollectionPage|SearchResultsPage|ItemList|ProfilePage)$/;

/** The <head>'s meta tags by property or name (read from the head only: a full-page query costs 10 ms per tag on huge pages). */
function headMeta(doc: Document): (key: string) => string | null {
  const tags = new Map<string, string>();
  for (const el of doc.head?.getElementsByTagName('meta') ?? []) {
    const key = el.getAttribute('property') ?? el.getAttribute('name');
    const value = el.getAttribute('content')?.trim();
    if (key && value && !tags.has(key)) tags.set(key, value);
  }
  return (key) => tags.get(key) ?? null;
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
  const meta = headMeta(doc);
  const objects = ldObjects(doc);
  const ldTypes = objects.flatMap((o) => [o['@type']].flat().filter((t): t is string => typeof t === 'string'));
  const article = objects.find((o) => [o['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t)));
  const publisher = article?.publisher as Record<string, unknown> | undefined;
  const date = str(article?.datePublished) ?? meta('article:published_time');
  return {
    ldTypes,
    ogType: meta('og:type')?.toLowerCase() ?? null,
    headline: str(article?.headline) ?? meta('og:title') ?? str(doc.title),
    description: str(article?.description) ?? meta('og:description') ?? meta('description'),
    siteName: str(publisher?.name) ?? meta('og:site_name'),
    published: date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null,
  };
}

/**
 * True when the metadata declares an article; false when its JSON-LD declares a listing; null when it says neither.
 * og:type "website" alone decides nothing: many news templates put it on every page, articles included.
 */
export function declaresArticle(m: PageMetadata): boolean | null {
  if (m.ldTypes.some((t) => ARTICLE_TYPES.test(t)) || m.ogType === 'article') return true;
  if (m.ldTypes.some((t) => LISTING_TYPES.test(t))) return false;
  return null;
}
