/** Elements whose content is never prose: their text is neither read nor highlighted. */
const NEVER_TEXT = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA INPUT SELECT OPTION BUTTON IFRAME SVG svg CANVAS OBJECT EMBED VIDEO AUDIO IMG MATH HEAD SOROT-CARD SOROT-MARK'.split(
    ' ',
  ),
);

/** Elements that hold page furniture around an article, never its text. */
const FURNITURE_TAGS = new Set('NAV ASIDE FOOTER FORM FIGURE FIGCAPTION DIALOG MENU HEADER'.split(' '));
const FURNITURE_ROLES = new Set('navigation complementary contentinfo banner search menu dialog'.split(' '));

/**
 * Class/id words that always mean "not the article" (related lists, share bars, comments, ads, tags, captions), two
 * words also as written with a hyphen; any word that starts with "advert" too.
 */
const ALWAYS = new Set(
  'baca-juga bacajuga read-also readalso lihat-juga lihatjuga related terkait share sharing social sosmed comment comments komentar disqus adsbygoogle iklan breadcrumb breadcrumbs newsletter subscribe tag tags tag-list taglist caption credit author-box authorbox'.split(
    ' ',
  ),
);
/** Class/id words that mean furniture unless the same element also says it is the article. */
const USUALLY = new Set(
  'nav navbar menu sidebar footer widget banner promo popular terpopuler trending ad ads sponsor'.split(' '),
);
const ARTICLE = new Set('article artikel content konten body main post entry story detail berita news'.split(' '));

/**
 * The words of lower-cased class and id names, split at "-", "_" and spaces, and each two written with one hyphen
 * between them ("read-also box" → read, also, read-also, box). Set look-ups instead of three large alternations: a
 * cold page compiled those for ~1 ms (the fixture's 17 names, cold Node: 1.3 → 0.3 ms).
 */
function nameWords(names: string): string[] {
  const words: string[] = [];
  for (const chunk of names.split(/[_\s]+/)) {
    const parts = chunk.split('-');
    for (let i = 0; i < parts.length; i++) {
      words.push(parts[i] as string);
      if (i > 0) words.push(`${parts[i - 1]}-${parts[i]}`);
    }
  }
  return words;
}

/** Inline "read also" teasers in the body, whatever their markup. */
const READ_ALSO_RE = /^\s*(?:baca|lihat|simak)\s+(?:juga|pula)\b|^\s*read\s+also\b/i;
const TEASER_BLOCKS = new Set('P DIV LI BLOCKQUOTE SECTION STRONG B SPAN H2 H3 H4'.split(' '));

/** True when an element's content is never prose (scripts, form fields, editable areas, hidden, our own UI). */
export function isNeverText(el: Element): boolean {
  if (NEVER_TEXT.has(el.tagName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** The first non-blank text at the start of an element, following first children a few levels down (no walker). */
function leadingText(el: Element): string {
  let node: Node | null = el.firstChild;
  for (let steps = 0; node && steps < 8; steps++) {
    if (node.nodeType === 3) {
      if (node.nodeValue?.trim()) return node.nodeValue;
      node = node.nextSibling;
    } else node = node.firstChild ?? node.nextSibling;
  }
  return '';
}

/** True when an element is page furniture (navigation, asides, related lists, share bars, ads …), never article text. */
export function isFurniture(el: Element, siteExclude = ''): boolean {
  if (FURNITURE_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  const names = `${el.id} ${el.getAttribute('class') ?? ''}`.toLowerCase();
  if (names.length > 1) {
    const words = nameWords(names);
    if (words.some((w) => ALWAYS.has(w) || w.startsWith('advert'))) return true;
    if (words.some((w) => USUALLY.has(w)) && !words.some((w) => ARTICLE.has(w))) return true;
  }
  if (siteExclude && el.matches(siteExclude)) return true;
  if (el.tagName === 'A') return followsReadAlsoLabel(el);
  return TEASER_BLOCKS.has(el.tagName) && READ_ALSO_RE.test(leadingText(el));
}

/** True for the link of an inline "<b>Baca Juga:</b> <a>…</a>" teaser, whose label sits just before it. */
function followsReadAlsoLabel(link: Element): boolean {
  const label = link.previousElementSibling;
  if (!label || !TEASER_BLOCKS.has(label.tagName) || !READ_ALSO_RE.test(leadingText(label))) return false;
  for (let n = label.nextSibling; n && n !== link; n = n.nextSibling) {
    if (n.nodeType !== 3 || !/^[\s:]*$/.test(n.nodeValue ?? '')) return false;
  }
  return true;
}

/** Block-level elements: their edges separate paragraphs in the article text. */
export const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE CENTER DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY THEAD TFOOT TR TD TH CAPTION UL BODY'.split(
    ' ',
  ),
);
