import type { SiteAdapter } from './site';

/** Any other news site (annotated when the reader asks) and documents without a URL: only a bare home page is ruled out. */
export const generic: SiteAdapter = {
  id: 'generic',
  mayBeArticle: (url) => url.pathname !== '/' || url.search !== '',
  exclude: '',
  outlet: (url) => url.hostname.replace(/^www\./, ''),
};

// Meant for articles the reader opens elsewhere and asks Sorot to annotate, e.g.
//   https://www.antaranews.com/berita/1234567/judul-berita
//   https://nasional.kompas.com/read/2025/10/14/12000011/judul-berita
//   https://www.cnbcindonesia.com/news/20251014000000-4-000000/judul-berita
