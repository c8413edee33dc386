import { describe, expect, it } from 'vitest';
import { extract } from '../../../core/index';

type Row = [string, string, 'money' | 'percent' | 'quantity', number, string, number?];

describe('figures', () => {
  it.each<Row>([
    ['Perseroan menanam investasi Rp 3 triliun tahun ini.', 'Rp 3 triliun', 'money', 3e12, 'IDR'],
    ['Dana hibah Rp3,5 miliar sudah cair.', 'Rp3,5 miliar', 'money', 3.5e9, 'IDR'],
    ['Harga saham ditutup di Rp 14.359 per lembar.', 'Rp 14.359', 'money', 14359, 'IDR'],
    ['Nilainya mencapai US$ 10 miliar.', 'US$ 10 miliar', 'money', 10e9, 'USD'],
    ['Pinjaman USD 1,2 juta disetujui.', 'USD 1,2 juta', 'money', 1.2e6, 'USD'],
    ['Laba bersihnya 635 juta yuan.', '635 juta yuan', 'money', 635e6, 'CNY'],
    ['Pendapatan naik menjadi $434.4 juta.', '$434.4 juta', 'money', 434.4e6, 'USD'],
    ['Anggarannya setengah triliun rupiah.', 'setengah triliun rupiah', 'money', 0.5e12, 'IDR'],
    ['Pangsa pasarnya 21% di kuartal itu.', '21%', 'percent', 21, '%'],
    ['Ekspor tumbuh 8,18 persen.', '8,18 persen', 'percent', 8.18, '%'],
    ['Inflasi naik delapan persen.', 'delapan persen', 'percent', 8, '%'],
    ['Pabrik itu membuat 300 ribu unit mobil.', '300 ribu unit', 'quantity', 300000, 'unit'],
    ['Gudang menampung 250.000 ton beras.', '250.000 ton', 'quantity', 250000, 'ton'],
    ['Kapasitas baterainya 20 GWh.', '20 GWh', 'quantity', 20, 'GWh'],
    ['Sebanyak 5.000 kendaraan terjual.', '5.000 kendaraan', 'quantity', 5000, 'kendaraan'],
    ['Target penjualan 20–25 persen lebih tinggi.', '20–25 persen', 'percent', 20, '%', 25],
    ['Nilainya Rp2-3 triliun.', 'Rp2-3 triliun', 'money', 2e12, 'IDR', 3e12],
    // A percent sign after both ends is one range; after the first end alone, the dash joins nothing.
    ['Margin diperkirakan 12%-18% tahun depan.', '12%-18%', 'percent', 12, '%', 18],
    ['Bunga 5%-10 tahun lagi turun.', '5%', 'percent', 5, '%'],
    ['Rupiah melemah ke Rp16.650 per dolar AS.', 'Rp16.650', 'money', 16650, 'IDR'],
    ['Suku bunga acuan turun ke 4,75 persen.', '4,75 persen', 'percent', 4.75, '%'],
    ['Harga rumahnya mulai Rp 250 jutaan.', 'Rp 250 jutaan', 'money', 250e6, 'IDR'],
    ['Laba Bank Maju Rp 1,2 T pada semester I.', 'Rp 1,2 T', 'money', 1.2e12, 'IDR'],
    ['Belanja modal Rp500 M disetujui.', 'Rp500 M', 'money', 500e9, 'IDR'],
    ['Proyeknya bernilai Rp 2-3 T.', 'Rp 2-3 T', 'money', 2e12, 'IDR', 3e12],
  ])('%s', (sentence, text, kind, value, unit, valueTo) => {
    const [f] = extract(sentence).figures;
    expect(f).toMatchObject({ text, kind, value, unit });
    expect(f?.valueTo).toBe(valueTo);
    expect(sentence.slice(f?.mentions[0]?.start, f?.mentions[0]?.end)).toBe(text);
  });

  it.each([
    'Rapat digelar Selasa (14/10/2025) pukul 10.30 WIB.',
    'Ia berusia 45 tahun dan lahir pada 1980.',
    'Xiaomi SU7 mendukung visi Making Indonesia 4.0.',
    'Ini adalah tahap ke-3 dari program tersebut.',
    'Hubungi 0812-3456-7890 untuk informasi.',
    'Menara setinggi 5 M itu dibangun ulang.',
    'Startup itu meraih dana US$ 4 M dari investor.',
  ])('finds no figure in "%s"', (sentence) => {
    expect(extract(sentence).figures).toEqual([]);
  });

  it('reads measure, subject and period from the sentence', () => {
    const [f] = extract('Hingga 2025, Xiaomi menanamkan investasi senilai Rp 3 triliun di Indonesia.').figures;
    expect(f).toMatchObject({ measure: 'investasi', subject: 'Xiaomi', period: 'Hingga 2025' });
    const [g] = extract('BYD meraih pangsa pasar 21 persen pada kuartal II 2025.').figures;
    expect(g).toMatchObject({ measure: 'pangsa pasar', subject: 'BYD', period: 'kuartal II 2025' });
  });
});

describe('counted quantities', () => {
  it.each([
    ['Layanan itu hadir di 70 kota besar.', '70 kota', 'kota'],
    ['Program melibatkan 4.200 pelaku UMKM di Jawa Timur.', '4.200 pelaku UMKM', 'pelaku umkm'],
    ['Perseroan membuka 1.800 lebih gerai baru.', '1.800 lebih gerai', 'gerai'],
  ])('%s', (sentence, text, unit) => {
    expect(extract(sentence).figures).toMatchObject([{ text, kind: 'quantity', unit }]);
  });

  it.each([
    'Program 3 Juta Rumah berjalan sejak tahun lalu.',
    'Rapat berlangsung 90 menit.',
    'Pada 2025 perusahaan menambah modal.',
    'Ada tiga entitas yang ditutup.',
  ])('finds no quantity in "%s"', (sentence) => {
    expect(extract(sentence).figures).toEqual([]);
  });

  it('keeps one figure for a repeated amount, with every mention', () => {
    const text = 'Pangsa pasar naik 21 persen. Angka 21 persen itu tertinggi.';
    const figures = extract(text).figures;
    expect(figures).toHaveLength(1);
    expect(figures[0]?.mentions).toHaveLength(2);
  });
});
