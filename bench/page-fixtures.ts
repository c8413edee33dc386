// Generated pages for the page benchmark and the hostile-page e2e: all text is our own writing.

/** Sentences in the style of INFOBRAND business news, with officials, companies and figures to highlight. */
const SENTENCES = [
  'Menteri Perindustrian Agus Gumiwang Kartasasmita meminta produsen ponsel menambah kandungan lokal tahun depan.',
  'PT Xiaomi Technology Indonesia menyiapkan investasi Rp 3 triliun untuk pabrik perakitan di Batam.',
  'Direktur Utama BRI Sunarso menyebut penyaluran kredit mikro tumbuh 9 persen dibanding periode yang sama.',
  'Kementerian Perdagangan mencatat ekspor alas kaki naik menjadi US$ 6,5 miliar sepanjang semester I 2025.',
  'Gubernur Jawa Barat Dedi Mulyadi meresmikan kawasan industri baru yang menyerap 40.000 tenaga kerja.',
  'Menurut Badan Pusat Statistik, inflasi tahunan berada di level 2,3 persen pada bulan lalu.',
];

/** The fixture article's address (an INFOBRAND article URL, served by request routing). */
export const ARTICLE_URL = 'https://www.infobrand.id/kemenperin-dorong-xiaomi-tambah-investasi-kendaraan-listrik.phtml';
/** The address of the page with 1 MB of article text. */
export const HUGE_URL = 'https://www.infobrand.id/satu-megabita-teks-artikel-untuk-uji-kecepatan.phtml';

/** A paragraph of about `chars` characters cycling through the sentences, starting at `seed`. */
export function paragraph(seed: number, chars = 420): string {
  let out = '';
  for (let i = seed; out.length < chars; i++) out += `${SENTENCES[i % SENTENCES.length]} `;
  return out.trim();
}

/** An INFOBRAND-like article page: head signals, headline, lead, `body` as the article's paragraphs, and furniture. */
export function articlePage(title: string, body: string, { head = '', after = '' } = {}): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article">${head}</head><body>
<nav><a href="/">INFOBRAND.ID</a> <a href="/kategori/brand-news.phtml">Brand News</a></nav>
<article><h1>${title}</h1><div class="post-content">${body}</div></article>
<aside class="sidebar"><a href="/lain.phtml">Erick Thohir Resmikan Gerai Baru</a></aside>${after}</body></html>`;
}

/** Paragraphs adding up to about `chars` characters of article text. */
export function paragraphs(chars: number): string {
  const out: string[] = [];
  for (let total = 0, i = 0; total < chars; i++) {
    const p = paragraph(i);
    out.push(`<p>${p}</p>`);
    total += p.length + 1;
  }
  return out.join('\n');
}

/**
 * A head script that records, from the start of the page, every long task (> 50 ms of script) in
 * `window.sorotLongTasks` and every long animation frame (a task plus the rendering it caused, > 50 ms; Chromium's
 * Long Animation Frames API, which also sees style, layout and paint) in `window.sorotLongFrames`.
 */
export const LONG_TASK_PROBE = `<script>
window.sorotLongTasks = [];
window.sorotLongFrames = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.sorotLongTasks.push({ start: e.startTime, duration: e.duration }); })
  .observe({ type: 'longtask', buffered: true });
if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'))
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.sorotLongFrames.push({
        start: e.startTime,
        duration: e.duration,
        render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
        script: Math.max(0, ...e.scripts.map((s) => s.duration)),
      });
  }).observe({ type: 'long-animation-frame', buffered: true });
</script>`;
