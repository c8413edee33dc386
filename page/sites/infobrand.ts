import type { PageAddress, SiteAdapter } from './site';

/**
 * Article pages are `/<slug>.phtml` (sub-sites add a folder such as `/public/`); a slug has at least three words. Read
 * from the lower-cased path (ASCII: a URL's path is percent-encoded): without the `i` flag the pattern compiles in a
 * third of the time on a cold page.
 */
const ARTICLE_PATH = /^\/(?:[a-z0-9-]+\/)*[a-z0-9]+(?:-[a-z0-9]+){2,}\.phtml$/;
/** Path segments of listing pages, which also use `.phtml` on some templates. */
const LISTING_SEGMENT = /^(?:index|indeks|tag|tags|topik|kategori|category|kanal|search|cari|author|penulis|page)$/;

function isInfobrandHost(hostname: string): boolean {
  return hostname === 'infobrand.id' || hostname.endsWith('.infobrand.id');
}

/** INFOBRAND.ID and its sub-sites: annotated automatically, articles only. */
export const infobrand: SiteAdapter = {
  id: 'infobrand',
  mayBeArticle(url) {
    const path = url.pathname.toLowerCase();
    if (!isInfobrandHost(url.hostname) || !ARTICLE_PATH.test(path)) return false;
    const segments = path.slice(1).split('/');
    // A search's `q` parameter, read from the query itself: `location` has no searchParams.
    return !segments.slice(0, -1).some((s) => LISTING_SEGMENT.test(s)) && !/[?&]q(?:[=&]|$)/.test(url.search);
  },
  // Template blocks seen around INFOBRAND articles; the common rules catch most, these name the rest.
  exclude: '.box-terkait, .list-terkait, .artikel-terkait, .box-tag, .tag-artikel, .share-box, .editor-box',
  outlet: (url) => (url.hostname.startsWith('siaranpers.') ? 'Siaran Pers INFOBRAND.ID' : 'INFOBRAND.ID'),
};

/** True when `url` belongs to INFOBRAND.ID or one of its sub-sites. */
export function isInfobrand(url: PageAddress): boolean {
  return isInfobrandHost(url.hostname);
}

// Meant for:
//   https://www.infobrand.id/xiaomi-diajak-bangun-pabrik-mobil-listrik-di-indonesia.phtml
//   https://infobrand.id/brand-lokal-makin-berani-masuk-pasar-ekspor.phtml
//   https://siaranpers.infobrand.id/public/peluncuran-produk-baru-di-jakarta.phtml
// Not articles: https://www.infobrand.id/, https://www.infobrand.id/kategori/brand-news.phtml,
//   https://www.infobrand.id/tag/xiaomi, https://www.infobrand.id/search?q=xiaomi, https://www.infobrand.id/indeks.phtml
