import { describe, expect, it } from 'vitest';
import { extract } from '../../../core/index';

describe('dates', () => {
  it.each([
    ['Pertemuan berlangsung Selasa (14/10/2025) di Jakarta.', 'Selasa (14/10/2025)', '2025-10-14'],
    ['Aturan berlaku 1 Januari 2026.', '1 Januari 2026', '2026-01-01'],
    ['Kontrak diteken Kamis, 3 Juli 2025.', 'Kamis, 3 Juli 2025', '2025-07-03'],
    ['Batasnya 31/12/2025.', '31/12/2025', '2025-12-31'],
    ['Acara digelar pada 17 Agustus.', '17 Agustus', null],
  ])('%s', (sentence, text, iso) => {
    expect(extract(sentence).dates).toMatchObject([{ text, iso }]);
  });
});

describe('quotes', () => {
  it('resolves the speaker after the quote through a short name', () => {
    const text =
      'Menteri Keuangan Sri Mulyani Indrawati hadir di Jakarta. “Kami akan menjaga defisit tetap rendah tahun ini,” ujar Sri Mulyani.';
    const [q] = extract(text).quotes;
    expect(q).toMatchObject({
      text: 'Kami akan menjaga defisit tetap rendah tahun ini,',
      speaker: 'Sri Mulyani Indrawati',
    });
    expect(text.slice(q?.mentions[0]?.start, q?.mentions[0]?.end)).toMatch(/^“Kami.*”$/);
  });

  it('takes the last person named for "ujarnya" and the speaker before "mengatakan"', () => {
    const text =
      'Direktur Utama PT Maju Jaya Budi Santoso mengatakan, "Permintaan pasar ekspor masih sangat kuat." "Kami menambah dua lini produksi baru," ujarnya.';
    const quotes = extract(text).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Budi Santoso', 'Budi Santoso']);
  });

  it('finds the speaker past a title after the verb', () => {
    const text =
      '"Kami optimistis target ekspor tercapai," ujar Wakil Ketua Umum Kadin Bidang Investasi Sugiarto Wibowo.';
    expect(extract(text).quotes[0]?.speaker).toBe('Sugiarto Wibowo');
  });

  it('takes the person named right before the quotation and keeps the speaker for the next paragraph', () => {
    const text =
      'Menurut Direktur Utama PT Maju Jaya Budi Santoso, “Permintaan ekspor kami masih sangat kuat.”\n“Kami akan menambah dua lini produksi baru.”';
    expect(extract(text).quotes.map((q) => q.speaker)).toEqual(['Budi Santoso', 'Budi Santoso']);
  });

  it.each(['keluhnya', 'tandasnya'])('takes the last person named for "%s"', (verb) => {
    const text = `Ketua Koperasi Nelayan Bahari, Rudi Hartono, hadir di dermaga. "Harga solar terus naik setiap bulan," ${verb}.`;
    expect(extract(text).quotes[0]?.speaker).toBe('Rudi Hartono');
  });

  it('takes the one holder of a post written out alone after a verb of saying ("tutur Gubernur.")', () => {
    const one =
      'Gubernur Jambi Rina Kusumawati meresmikan pasar ikan. "Pasar ini harus bersih setiap hari," tutur Gubernur.';
    const r = extract(one);
    expect(r.quotes[0]?.speaker).toBe('Rina Kusumawati');
    expect(r.persons[0]?.aliases).toEqual([]);
    // Two governors named: the post alone says not which one.
    const two =
      'Gubernur Jambi Rina Kusumawati dan Gubernur Riau Hendra Saputra meresmikan pasar ikan. "Pasar ini harus bersih setiap hari," tutur Gubernur.';
    expect(extract(two).quotes[0]?.speaker).toBeNull();
  });

  // "harap" and "ajak" are no speech stems: "harap Maklum" would make a name of the word after them.
  it('"harap" before a capitalised everyday word names nobody', () => {
    expect(extract('Pengumuman itu berbunyi harap Maklum bagi semua pengunjung.').persons).toEqual([]);
  });

  // "ujarnya" after a sentence where one person says something about another is the sayer's.
  it.each<[string, string]>([
    [
      'Direktur Utama PT Sinar Tani, Rudi Hartono, mengatakan pemilihan Ayu Lestari sebagai duta sudah tepat. "Penggemarnya banyak di Jawa Timur," ujarnya.',
      'Rudi Hartono',
    ],
    [
      'Kepala Bappeda Jambi, Sri Wahyuni, menilai usulan Bupati Muaro Jambi Bambang Suseno masuk akal. "Anggarannya sudah kami hitung bersama," katanya.',
      'Sri Wahyuni',
    ],
    // The verb of saying stands in another sentence: the one named last is the speaker.
    [
      'Rudi Hartono mengatakan harga naik. Menurut Ani Marlina, stok cukup. "Kami akan menambah pasokan minggu depan," ujarnya.',
      'Ani Marlina',
    ],
    // A long description ending in "itu" after the verb points back to the person named before.
    [
      'Anggota DPRD Jambi, Hendra Saputra, meminta pasar dibenahi. "Pedagang harus dilindungi dari penggusuran," kata politikus yang juga Ketua Fraksi Partai Golkar DPRD Jambi itu.',
      'Hendra Saputra',
    ],
  ])('%s', (text, speaker) => {
    expect(extract(text).quotes[0]?.speaker).toBe(speaker);
  });

  it('ignores short scare quotes', () => {
    expect(extract('Program "green industry" terus berjalan.').quotes).toEqual([]);
  });

  it('keeps a short quotation when a speech verb follows it', () => {
    const text = 'Direktur Utama PT Maju Jaya Budi Santoso hadir. “Kami optimistis,” ujar Budi. "Siap," kata dia.';
    expect(extract(text).quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Kami optimistis,', 'Budi Santoso'],
      ['Siap,', 'Budi Santoso'],
    ]);
  });
});

describe('date ranges', () => {
  it('dates a range of days by its first day', () => {
    expect(extract('Pameran berlangsung 21-22 Oktober 2025 di Surabaya.').dates).toMatchObject([
      { text: '21-22 Oktober 2025', iso: '2025-10-21' },
    ]);
  });
});

describe('speakers named by a description or an abbreviated title', () => {
  it.each([
    [
      'Kapolda Metro Jaya Irjen Pol Asep Edi Suheri meninjau mal. "Warga silakan berbelanja dengan tenang," kata jenderal bintang dua itu.',
      'Asep Edi Suheri',
    ],
    [
      'Menurut Rudi Hartono, penjualan naik. "Permintaan mulai naik sejak bulan lalu," jelas pria yang akrab disapa Rudi itu.',
      'Rudi Hartono',
    ],
    [
      'Panglima Kodam Jaya Mayjen TNI Deddy Suryadi ikut berpatroli. "Kami ingin pedagang merasa aman," ujar Pangdam.',
      'Deddy Suryadi',
    ],
  ])('%s', (text, speaker) => {
    expect(extract(text).quotes.map((q) => q.speaker)).toEqual([speaker]);
  });
});
