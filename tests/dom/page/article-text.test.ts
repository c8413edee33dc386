import { describe, expect, it } from 'vitest';
import { articleText } from '../../../page/article-text';
import { fixtureDocument } from './fixture';

const ARTICLE = 'https://www.infobrand.id/kemenperin-dorong-xiaomi-tambah-investasi-kendaraan-listrik.phtml';

describe('articleText on article fixtures', () => {
  it('reads the modern layout as title, lead, body and leaves furniture out', () => {
    const text = articleText(fixtureDocument('article-modern.html'), ARTICLE);
    expect(text?.split('\n').slice(0, 3)).toEqual([
      'Kemenperin Dorong Xiaomi Tambah Investasi Kendaraan Listrik',
      'Menteri Perindustrian Agus Gumiwang Kartasasmita meminta Xiaomi menanam modal lebih besar di sektor kendaraan listrik nasional.',
      expect.stringMatching(/^INFOBRAND\.ID, Jakarta - Kementerian Perindustrian \(Kemenperin\) membuka/),
    ]);
    expect(text).toContain('Rp 3 triliun sepanjang semester I 2025');
    expect(text).toContain('Xiaomi menargetkan produksi 50.000 unit');
    for (const outside of [
      'Baca Juga',
      'Bahlil',
      'Foto: Kemenperin',
      'Iklan',
      'Sri Mulyani',
      'Bagikan',
      'Brand News',
      'Budi Santoso',
      'script',
      'Semoga',
      'Oleh Redaksi',
    ]) {
      expect(text, outside).not.toContain(outside);
    }
  });

  it('reads the old table layout with <br> paragraphs, without the sidebar or the read-also link', () => {
    const text = articleText(
      fixtureDocument('article-table.html'),
      'https://www.infobrand.id/bri-salurkan-kredit-umkm-rp-120-triliun.phtml',
    );
    const lines = text?.split('\n') ?? [];
    expect(lines[0]).toBe('Bank Rakyat Indonesia Salurkan Kredit UMKM Rp 120 Triliun');
    expect(lines).toContain(
      '"Kami menjaga kualitas kredit tetap sehat sambil memperluas jangkauan ke desa," ujar Sunarso di Jakarta.',
    );
    expect(lines.at(-1)).toBe(
      'Otoritas Jasa Keuangan (OJK) mencatat rasio kredit bermasalah UMKM berada di level 3,1 persen.',
    );
    for (const outside of ['Luhut', 'BNI Luncurkan', 'Baca Juga', 'Copyright', 'Indeks'])
      expect(text, outside).not.toContain(outside);
  });

  it('joins names split across <a> and <strong> into one run of text', () => {
    const text =
      articleText(
        fixtureDocument('article-split.html'),
        'https://www.infobrand.id/gubernur-jawa-barat-resmikan-kawasan-industri-baru.phtml',
      ) ?? '';
    expect(text.split('\n')[1]).toBe(
      'Pemerintah Provinsi Jawa Barat menargetkan kawasan industri baru di Subang menyerap 40.000 tenaga kerja.',
    );
    expect(text).toContain('Gubernur Jawa Barat Dedi Mulyadi meresmikan');
    expect(text).toContain('Rp 45 triliun');
    expect(text).toContain('(BKPM) Rosan Perkasa Roeslani yang hadir');
    expect(text).not.toContain('Ridwan Kamil');
  });

  it('reads a siaranpers sub-site release whose headline is an <h2>', () => {
    const text = articleText(
      fixtureDocument('siaranpers.html'),
      'https://siaranpers.infobrand.id/public/pertamina-luncurkan-program-energi-bersih-untuk-desa.phtml',
    );
    expect(
      text?.startsWith('Pertamina Luncurkan Program Energi Bersih untuk Desa\nJAKARTA - PT Pertamina (Persero)'),
    ).toBe(true);
  });

  it('finds the URL in <link rel=canonical> when none is given', () => {
    expect(articleText(fixtureDocument('article-modern.html'))).toBe(
      articleText(fixtureDocument('article-modern.html'), ARTICLE),
    );
  });
});

describe('articleText on pages that are not one article', () => {
  const cases: [string, string][] = [
    ['home.html', 'https://www.infobrand.id/'],
    ['category.html', 'https://www.infobrand.id/kategori/brand-news.phtml'],
    ['tag.html', 'https://www.infobrand.id/tag/xiaomi'],
    ['search.html', 'https://www.infobrand.id/search?q=agus+gumiwang'],
    ['index.html', 'https://www.infobrand.id/indeks.phtml'],
  ];
  it.each(cases)('%s at its own URL is not an article', (name, url) => {
    expect(articleText(fixtureDocument(name), url)).toBeNull();
  });
  // Templates change: a listing must be refused on its content even at a URL shaped like an article.
  it.each(cases)('%s at an article-shaped URL is still not an article', (name) => {
    expect(articleText(fixtureDocument(name), 'https://www.infobrand.id/apa-saja-boleh-di-sini.phtml')).toBeNull();
  });
  it('an article at an INFOBRAND listing URL is not annotated unasked', () => {
    expect(articleText(fixtureDocument('article-modern.html'), 'https://www.infobrand.id/tag/xiaomi')).toBeNull();
  });
});

describe('articleText and page metadata', () => {
  it('does not trust og:type "website" alone: an article page carrying it is still read', () => {
    const doc = fixtureDocument('article-split.html');
    doc.querySelector('meta[property="og:type"]')?.setAttribute('content', 'website');
    expect(
      articleText(doc, 'https://www.infobrand.id/gubernur-jawa-barat-resmikan-kawasan-industri-baru.phtml'),
    ).toMatch(/^Gubernur Jawa Barat Resmikan Kawasan Industri Baru\n/);
  });

  it('skips a broken JSON-LD block and still uses the others', () => {
    const doc = fixtureDocument('article-table.html');
    doc.head.insertAdjacentHTML('beforeend', '<script type="application/ld+json">{ rusak</script>');
    expect(articleText(doc, 'https://www.infobrand.id/bri-salurkan-kredit-umkm-rp-120-triliun.phtml')).not.toBeNull();
  });
});
