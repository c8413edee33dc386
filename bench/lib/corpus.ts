/** A generated news-like corpus for the speed bench: our own sentence templates, filled from small lists. */

const OFFICIALS = [
  ['Menteri Perdagangan (Mendag)', 'Budi Santoso', 'Budi'],
  ['Kepala Badan Pusat Statistik (BPS)', 'Amalia Adininggar Widyasanti', 'Amalia'],
  ['Gubernur Jawa Tengah', 'Ahmad Luthfi', 'Luthfi'],
  ['Direktur Utama PT Sarana Multi Energi', 'Rini Handayani', 'Rini'],
  ['Country Director Lumina Motors Indonesia', 'Chen Weiming', 'Chen'],
] as const;
const COMPANIES = ['Xiaomi', 'BYD', 'PT Nusantara Baja Tbk', 'Astra', 'Gojek', 'Pertamina', 'Unilever'];
const MEASURES = ['investasi', 'penjualan', 'laba bersih', 'ekspor', 'pendapatan'];
const PLACES = ['Jakarta', 'Surabaya', 'Batam', 'Shanghai', 'Jawa Barat'];

const TEMPLATES: ((r: () => number) => string)[] = [
  (r) => {
    const [title, name] = pick(OFFICIALS, r);
    return `${title} ${name} mengatakan ${pick(MEASURES, r)} ${pick(COMPANIES, r)} mencapai Rp ${n(r, 1, 900)} miliar pada kuartal ${pick(['I', 'II', 'III', 'IV'], r)} 2025.`;
  },
  (r) =>
    `“Kami menargetkan pertumbuhan ${n(r, 2, 40)} persen tahun depan karena permintaan di ${pick(PLACES, r)} terus naik,” ujar ${pick(OFFICIALS, r)[2]}.`,
  (r) =>
    `Perusahaan itu memproduksi ${n(r, 10, 900)}.${n(r, 100, 999)} unit kendaraan dan menyerap ${n(r, 1, 20)} ribu tenaga kerja hingga 2025.`,
  (r) =>
    `Pertemuan berlangsung di ${pick(PLACES, r)}, Selasa (${n(r, 1, 28)}/${n(r, 1, 12)}/2025), dihadiri pejabat Kementerian Perindustrian (Kemenperin).`,
  (r) =>
    `Nilai ekspor ${pick(COMPANIES, r)} naik menjadi US$ ${n(r, 1, 9)},${n(r, 1, 9)} miliar, sementara pangsa pasarnya ${n(r, 5, 35)}%.`,
  () => 'Langkah ini dinilai sejalan dengan upaya pemerintah memperkuat ekosistem industri hijau di dalam negeri.',
];

function pick<T>(items: readonly T[], r: () => number): T {
  return items[Math.floor(r() * items.length)] as T;
}

function n(r: () => number, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `size` characters of paragraphs of generated sentences, the same for the same seed. */
export function generateCorpus(size: number, seed = 7): string {
  const r = random(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const paragraph = Array.from({ length: 3 }, () => pick(TEMPLATES, r)(r)).join(' ');
    parts.push(paragraph);
    length += paragraph.length + 1;
  }
  return parts.join('\n').slice(0, size);
}
