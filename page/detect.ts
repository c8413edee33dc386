import { findBodySteps } from './body-finder';
import { isFurniture } from './exclude';
import { declaresArticle, type PageMetadata, readMetadata } from './metadata';
import { generic } from './sites/generic';
import { type PageAddress, pickSite, type SiteAdapter } from './sites/index';
import { drain } from './walk';

/** Where an article page keeps its text, and what it says about itself. */
export interface ArticleParts {
  /** The headline element, when the page shows one (its text comes first even when it sits inside the body). */
  title: Element | null;
  /** The lead (standfirst) element, when the page shows one; its text comes right after the headline. */
  lead: Element | null;
  /** The element holding the article's paragraphs. */
  body: Element;
  /** The headline text (from the title element, else the metadata). */
  headline: string;
  /** The outlet's name. */
  outlet: string;
  /** Publication date as YYYY-MM-DD, or null. */
  published: string | null;
  /** The site adapter that found it; its exclusions also apply to the body's text. */
  site: SiteAdapter;
}

/** `auto`: the content script's own decision (strict); `asked`: the reader asked to annotate this page. */
export type DetectMode = 'auto' | 'asked';

/** Less prose than this is a teaser or a stub, not an article. */
const MIN_BODY_CHARS = 300;
const LEAD_CLASS =
  /(?:^|[-_\s])(?:lead|excerpt|summary|deck|standfirst|intro|ringkasan|sub-?title|subjudul)(?:[-_\s]|$)/i;

function clean(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/(?:\.\.\.|…)$/, '')
    .trim()
    .toLowerCase();
}

/** A list of headlines (category, tag, index pages) has several linked headings or article cards. */
function looksLikeListing(body: Element): boolean {
  const cards = body.querySelectorAll('h2 a, h3 a, h4 a, a h2, a h3, a h4, article').length;
  return cards >= 3 || (body.tagName !== 'ARTICLE' && body.querySelectorAll('article').length >= 2);
}

function findTitle(doc: Document, meta: PageMetadata, body: Element): Element | null {
  const headline = clean(meta.headline);
  const outside = (el: Element) => !el.closest('nav, aside, footer') && !el.contains(body);
  const h1s = [...doc.querySelectorAll('h1')].filter(outside);
  const matches = (el: Element) => {
    const text = clean(el.textContent);
    return text.length > 0 && headline.length > 0 && (headline.includes(text) || text.includes(headline));
  };
  return (
    h1s.find(matches) ?? h1s[0] ?? [...doc.querySelectorAll('h2, .title, .judul')].filter(outside).find(matches) ?? null
  );
}

/** Elements just after the headline (and after its wrapper), where templates put the lead; a few, never a subtree scan. */
function nearTitle(title: Element): Element[] {
  const out: Element[] = [];
  for (const start of [title, title.parentElement]) {
    let el = start?.nextElementSibling ?? null;
    for (let i = 0; el && i < 4; i++, el = el.nextElementSibling) out.push(el, ...[...el.children].slice(0, 3));
  }
  return out;
}

function findLead(meta: PageMetadata, title: Element | null, body: Element, siteExclude: string): Element | null {
  if (!title) return null;
  const description = clean(meta.description);
  const candidates = nearTitle(title).filter((el) => !el.contains(body) && !isFurniture(el, siteExclude));
  const sameText = (el: Element) => {
    const text = clean(el.textContent);
    return (
      text.length >= 30 && description.length >= 30 && (text.startsWith(description) || description.startsWith(text))
    );
  };
  const named = (el: Element) =>
    LEAD_CLASS.test(`${el.id} ${el.getAttribute('class') ?? ''}`) && clean(el.textContent).length >= 30;
  return candidates.find(sameText) ?? candidates.find(named) ?? null;
}

/**
 * Finds the article on a page, or null when the page is not one article (home, category, tag, search, index …).
 * Stepped (see walk.ts) so the content script can yield to the page on huge documents.
 */
export function* detectArticleSteps(
  doc: Document,
  url: PageAddress | null,
  mode: DetectMode = 'auto',
): Generator<void, ArticleParts | null> {
  const site = url ? pickSite(url) : generic;
  if (mode === 'auto' && url && !site.mayBeArticle(url)) return null;
  const meta = readMetadata(doc);
  const declared = declaresArticle(meta);
  if (mode === 'auto' && declared === false) return null;
  const found = yield* findBodySteps(doc, site.exclude);
  if (!found || found.textLength < MIN_BODY_CHARS || looksLikeListing(found.element)) return null;
  const body = found.element;
  const title = findTitle(doc, meta, body);
  if (mode === 'auto' && declared === null && !title) return null;
  return {
    title,
    lead: findLead(meta, title, body, site.exclude),
    body,
    headline: title?.textContent?.replace(/\s+/g, ' ').trim() || meta.headline || '',
    outlet: meta.siteName ?? (url ? site.outlet(url) : ''),
    published: meta.published,
    site,
  };
}

/** `detectArticleSteps` run through at once. */
export function detectArticle(doc: Document, url: PageAddress | null, mode: DetectMode = 'auto'): ArticleParts | null {
  return drain(detectArticleSteps(doc, url, mode));
}
