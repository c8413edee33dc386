import { type ArticleParts, type DetectMode, detectArticle } from './detect';
import { buildTextMapSteps, type Region, type TextMap } from './text-map';
import { drain } from './walk';

/** `mapArticleSteps` run through at once. */
export function mapArticle(parts: ArticleParts): TextMap {
  return drain(mapArticleSteps(parts));
}

/** The article string of detected parts, title first, then lead, then body (furniture left out of the body). */
export function* mapArticleSteps(parts: ArticleParts): Generator<void, TextMap> {
  const own = [parts.title, parts.lead].filter((el): el is Element => el !== null);
  const regions: Region[] = own.map((element) => ({ element, rules: {} }));
  regions.push({
    element: parts.body,
    rules: { skip: new Set(own), furniture: true, siteExclude: parts.site.exclude },
  });
  return yield* buildTextMapSteps(regions);
}

/** The page's own idea of its address: the given URL, else <link rel=canonical> or og:url, else the document's. */
export function pageUrl(doc: Document, url?: string): URL | null {
  const candidates = [
    url,
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    doc.URL,
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const parsed = new URL(candidate);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed;
    } catch {
      // Not an absolute URL: try the next source.
    }
  }
  return null;
}

/**
 * The exact plain text (title, lead, body) the content script gives to `extract()` for this document, or null when
 * the document is not an article. For the CLI: works on any DOM (happy-dom, linkedom) without layout.
 */
export function articleText(doc: Document, url?: string, mode: DetectMode = 'auto'): string | null {
  const parts = detectArticle(doc, pageUrl(doc, url), mode);
  return parts ? mapArticle(parts).text : null;
}
