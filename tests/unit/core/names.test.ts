import { describe, expect, it } from 'vitest';
import { extract } from '../../../core/index';

/** Sentence, the people it names (full names), and the short forms that must count as one of them. */
type Row = [string, string[], string[]];

describe('name boundaries', () => {
  it.each<Row>([
    // A hyphen inside a capitalised name word joins it, and the joined surname alone refers back.
    [
      'Direktur Operasi PT Laut Biru Logistik, Hendrik Vogel-Sasmita, mengatakan kapal tiba. "Kami siap," ujar Vogel-Sasmita.',
      ['Hendrik Vogel-Sasmita'],
      ['Vogel-Sasmita'],
    ],
    [
      'Ketua Umum Ikatan Petani Garam, Wulan Hartati-Siregar, menilai harga turun. Menurut Siregar, panen terlambat.',
      ['Wulan Hartati-Siregar'],
      ['Siregar'],
    ],
    // A Korean given name keeps its second syllable, written in lower case.
    [
      'CEO Daon Robotics, Kim Seo-yeon, menyebut pabrik dibuka tahun depan. "Kami yakin," kata Kim.',
      ['Kim Seo-yeon'],
      ['Kim'],
    ],
    // An unknown company run into a Korean name: the name starts at the surname before the given name.
    ['CEO Daon Robotics Seo Ji-woo mengatakan pabrik dibuka.', ['Seo Ji-woo'], []],
    // The body before ", NAME," keeps its hyphen and is no person.
    ['General Manager Grand-Palma Resort, Yulia Pramesti, mengatakan okupansi naik.', ['Yulia Pramesti'], []],
    // A compass word after an unknown district ends the place; after a title it may open a name.
    [
      'Kepala Seksi Penagihan KPP Madya Bekasi Utara, Sri Wulandari, mengatakan target tercapai.',
      ['Sri Wulandari'],
      [],
    ],
    ['Kapolri Timur Pradopo menyebut situasi aman.', ['Timur Pradopo'], []],
    // "RI" is the Republic: part of the post before a name, never a name.
    ['Ketua MPR RI Ahmad Muzani membuka sidang.', ['Ahmad Muzani'], []],
    ['Wakil Presiden RI meninjau pasar. Menurut Siti Aminah, harga turun.', ['Siti Aminah'], []],
    ['Menurut Jamie MacArthur, pasar tumbuh.', ['Jamie MacArthur'], []],
    // A clitic after a hyphen is no syllable of a name.
    ['Gubernur Lee Hartono-nya tidak hadir.', ['Lee Hartono'], []],
    // An honorific announces a person whose first word is a hyphenated compound.
    ['Menurut Dr. Claire-Louise Hutapea, inflasi mereda.', ['Claire-Louise Hutapea'], []],
    ['Ekonom senior, Prof. Marie-Therese Wulandari, menilai suku bunga tetap.', ['Marie-Therese Wulandari'], []],
    ['Hal itu disampaikan Ir. Jean-Paul Situmorang di Medan.', ['Jean-Paul Situmorang'], []],
    // Two particles in a row inside a Western name, one inside a Malay or Arabic name.
    ['Direktur Museum Bahari, Hendrik van der Berg, menilai koleksi lengkap.', ['Hendrik van der Berg'], []],
    ['Menurut Paulo da Silva, harga kopi naik.', ['Paulo da Silva'], []],
    // The navy's or air force's word and a branch letter after a rank belong to the rank, not to the name.
    ['Komandan Lanal Sabang, Kolonel Laut (P) Yosef Tambunan, menyebut dua kapal ditahan.', ['Yosef Tambunan'], []],
    ['Menurut Letkol Laut (T) Arief Wicaksono, kapal itu rusak.', ['Arief Wicaksono'], []],
    ['Kepala Dinas Penerangan, Kolonel Udara Reza Hidayat, mengatakan latihan selesai.', ['Reza Hidayat'], []],
    // A given name opening a name that is no place still opens it.
    ['Menurut Raja Juli Antoni, hutan dijaga.', ['Raja Juli Antoni'], []],
    ['Menurut Johanna van den Akker, kunjungan naik.', ['Johanna van den Akker'], []],
    ['Kapten kapal, Yusuf bin Hamid, mengatakan cuaca buruk.', ['Yusuf bin Hamid'], []],
    // A degree written without periods after the name's comma is no name.
    ['Kepala Dinas PUPR, Ir. Dimas Anggoro, MT, mengatakan jalan diperbaiki.', ['Dimas Anggoro'], []],
    ['Dekan Fakultas Hukum, Rina Marpaung, MH, menilai aturan itu lemah.', ['Rina Marpaung'], []],
    ['Peneliti, Budi Santosa, MSi, menyebut hasil panen naik.', ['Budi Santosa'], []],
    // An untitled compound name before a comma and a post in lower case is a person's.
    ['Anne-Marie Siswoyo, pengamat ekonomi, menilai kebijakan itu keliru.', ['Anne-Marie Siswoyo'], []],
    ['Jean-Paul Hartono, analis pasar modal, memperkirakan harga naik.', ['Jean-Paul Hartono'], []],
    ['Marie-Claire Dubois, peneliti pangan, menyebut stok cukup.', ['Marie-Claire Dubois'], []],
    // After a post's comma, a compound opens the holder's name whatever follows it.
    ['Direktur PT Kakao Lestari, Anne-Sophie Meier, mengatakan pabrik siap.', ['Anne-Sophie Meier'], []],
    ['Kepala perwakilan lembaga itu, Jean-Pierre Moulin, menyebut bantuan tiba.', ['Jean-Pierre Moulin'], []],
    // A short form of Muhammad or Abdul keeps its period inside the name; a period after a whole name still ends it.
    ['Bupati Sigi, Moh. Arfan Lamasa, meresmikan pasar desa.', ['Moh. Arfan Lamasa'], []],
    ['Menurut Muh. Yusran Daeng, stok jagung aman.', ['Muh. Yusran Daeng'], []],
    ['Camat Tallo, Abd. Rahman Pallawa, menyebut warga antusias.', ['Abd. Rahman Pallawa'], []],
    ['Ketua Koperasi Tani Maju, Mochamad Idris, hadir di Sleman. Ia menyebut panen naik.', ['Mochamad Idris'], []],
    ['Lurah Sukamaju, Hasan Basri. Warga menyambutnya.', ['Hasan Basri'], []],
    // A doctorate of engineering before the name ("Dr. Eng.", the German "Dr.-Ing."), and a chartered accountant's
    // "CA" among the degrees after it, are no name.
    ['Kepala Pusat Riset Material, Dr. Eng. Sinta Wardhani, menyebut uji selesai.', ['Sinta Wardhani'], []],
    ['Direktur Teknik Bremer Werke, Dr.-Ing. Lukas Brenner, menyebut mesin tiba.', ['Lukas Brenner'], []],
    ['Kepala Inspektorat, Drs. Joni Saragih, Ak., CA, menyebut temuan turun.', ['Joni Saragih'], []],
    // An untitled name mid-sentence with a degree after its comma is a person, whole.
    ['Rapat dipimpin Yohanes Batara Sitompul, S.H., dari kantor hukum setempat.', ['Yohanes Batara Sitompul'], []],
    // After a comma a month's short name may open a name ("Jan", "Mei"); before a number it is still a date.
    ['Direktur Teknik Bremer Werke, Jan Ostermann, menyebut mesin tiba.', ['Jan Ostermann'], []],
    ['Peneliti pangan, Mei Hartanti, mengatakan stok cukup. Pada 3 Mei, harga turun.', ['Mei Hartanti'], []],
  ])('%s', (text, names, shorts) => {
    const { persons } = extract(text);
    expect(persons.map((p) => p.name)).toEqual(names);
    for (const s of shorts) expect(persons[0]?.mentions.map((m) => text.slice(m.start, m.end))).toContain(s);
  });

  it.each([
    // An untitled compound is a brand or a route, not a person, even before a speech verb.
    'Swiss-Belhotel mengatakan kamar baru siap.',
    'Rute Merak-Bakauheni, kata petugas, ramai.',
    // A sea's name with letters in parentheses after it is no rank's force.
    'Kapal itu dicegat di Laut (P) Natuna kemarin.',
    // A place of two words whose first word is also a given name names no untitled person.
    'Hari ini. "Raja Ampat bukan destinasi massal," ujar petugas.',
    'Kata warga, Raja Ampat kini ramai turis.',
    'Pendapatan naik. "Raja Ampat harus menjual kualitas."',
    // Without an honorific, a compound before a place is still a brand.
    'Menurut Coca-Cola Indonesia, penjualan naik.',
    // A compound in a list after a comma is still a brand.
    'Jaringan seperti Aston, Swiss-Belhotel, dan Harris menambah kamar.',
    // A compound before a comma and a lower-case word that is no post stays a brand.
    'Swiss-Belhotel International, jaringan hotel asal Swiss, membuka cabang di Bali.',
    // A capital inside a word writes a brand: the title after it describes the brand.
    'Pemain lama seperti KopiNusa, pemilik gerai Kopi Senja, menambah pabrik.',
    'Menurut DanaKita, pengguna naik.',
    // A place's tail is no name of its own: "Lumpur" after "Kuala".
    'Delegasi yang datang dari Kuala Lumpur, menyatakan dukungan penuh.',
    // A place before a degree's comma is still no person.
    'Akta itu diteken di Jakarta Selatan, S.H., kemarin.',
    // A month's name without a comma before it opens no untitled name.
    'Hasil panen Mei Lalu naik tajam.',
  ])('finds no person in %s', (text) => {
    expect(extract(text).persons).toEqual([]);
  });
});

describe('a title short form used alone', () => {
  it.each([
    [
      // Title + a word: the pair was given in parentheses after the full title.
      'Direktur Jenderal Pembinaan Pengawasan (Dirjen Binwas) Kemnaker, Tebe Hutauruk, meninjau pabrik. Menurut Dirjen Binwas, pelanggaran turun.',
      'Tebe Hutauruk',
      'Dirjen Binwas',
    ],
    [
      // One word, written in parentheses inside the holder's title.
      'Wakil Kepala Polres (Wakapolres) Bogor, Kompol Darius Simbolon, memimpin razia. Menurut Wakapolres, 40 kendaraan ditilang.',
      'Darius Simbolon',
      'Wakapolres',
    ],
  ])('%s', (text, name, short) => {
    const { persons } = extract(text);
    expect(persons.map((p) => p.name)).toEqual([name]);
    expect(persons[0]?.mentions.map((m) => text.slice(m.start, m.end))).toContain(short);
  });

  it('keeps a one-word name that no title wrote in parentheses', () => {
    const text = 'Kepala Dinas Pertanian (Distan) Sleman, Yohanes Lilo, meninjau sawah. Menurut Lilo, panen naik.';
    expect(extract(text).persons.map((p) => p.name)).toEqual(['Yohanes Lilo']);
  });
});

describe('a title field that a list goes on from', () => {
  it.each([
    'Direktur Bina Usaha dan Pelaku Distribusi menerbitkan aturan baru.',
    'Kepala Dinas Koperasi, UKM, dan Perdagangan Kabupaten Garut mengatakan pasar dibuka.',
    'Manager Corporate Affairs, Sustainability & CSR perseroan menyebut program berlanjut.',
    // A title with a demonstrative points back to its holder: its last word is no name.
    'Kepala Divisi Pemasaran Sentosa itu menolak usulan.',
    'Sekretaris Fraksi Partai Amanat Nasional Raya (PANR) tersebut menolak usulan itu.',
  ])('finds no person in %s', (text) => {
    expect(extract(text).persons).toEqual([]);
  });

  it.each([
    // A first name in the list, or a title after "dan": names, not fields.
    ['Direktur Utama Sunaryo dan Direktur Keuangan Wibisono hadir.', ['Sunaryo', 'Wibisono']],
    ['Komisaris Utama Hutapea dan Andreas Wijaya meninjau pabrik.', ['Hutapea', 'Andreas Wijaya']],
    ['Kepala Bappeda Sumbawa Nurjanah Rahim itu menolak usulan.', ['Nurjanah Rahim']],
  ])('keeps the names in %s', (text, names) => {
    expect(extract(text).persons.map((p) => p.name)).toEqual(names);
  });
});

describe('the Sasak honorific "Miq"', () => {
  it('is no part of the name, so the short name finds its holder', () => {
    const r = extract(
      'Bupati Lombok Utara Lalu Hendra Wijaya meninjau pasar. "Stok cukup," ujar Miq Hendra, sapaan akrabnya.',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Lalu Hendra Wijaya']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Lalu Hendra Wijaya']);
  });

  it('is a whole word: a name that starts with it keeps it', () => {
    expect(extract('Menurut Miqdad Ali Rahman, harga naik.').persons.map((p) => p.name)).toEqual(['Miqdad Ali Rahman']);
  });
});

describe('the Javanese honorific "Raden"', () => {
  it('is no part of the name, after a rank too', () => {
    expect(extract('Kepala Kanwil itu, Raden Wisnu Aji, menyebut stok aman.').persons.map((p) => p.name)).toEqual([
      'Wisnu Aji',
    ]);
    expect(extract('Dirlantas Polda Jateng Kombes Pol. Raden Agus Suryanto hadir.').persons.map((p) => p.name)).toEqual(
      ['Agus Suryanto'],
    );
  });

  it('is a whole word: a name that starts with it keeps it', () => {
    expect(extract('Menurut Radenta Sembiring, harga naik.').persons.map((p) => p.name)).toEqual(['Radenta Sembiring']);
  });
});

describe('Sasak and Balinese openers', () => {
  it.each([
    // The opener is the name's first word, not the end of the title before it.
    ['Bupati Lombok Timur, Lalu Sukarma Jaya, meninjau pasar.', 'Lalu Sukarma Jaya', 'Bupati Lombok Timur'],
    ['Kepala Dinas Pariwisata Lombok Barat Baiq Ratna Sari membuka festival.', 'Baiq Ratna Sari', 'Kepala'],
    ['Menurut Lalu Ahmad Zaini, harga gabah naik.', 'Lalu Ahmad Zaini', null],
    // "Then Budi said …": at a sentence's start the word is no opener.
    ['Harga cabai naik. Lalu Budi Santoso mengatakan stok aman.', 'Budi Santoso', null],
    // An honorific's period ends no sentence: the opener after "H." starts the name.
    [
      'Kepala Dinas Pertanian Provinsi NTB, H. Lalu Rahmat Hidayat, S.P., meninjau sawah.',
      'Lalu Rahmat Hidayat',
      'Kepala',
    ],
    ['Wakil Bupati Lombok Tengah Hj. Baiq Nurul Aini membuka pasar.', 'Baiq Nurul Aini', 'Wakil Bupati Lombok Tengah'],
    // "Komisi I" is a number, not an opener.
    ['Ketua Komisi I DPR Utut Adianto membuka rapat.', 'Utut Adianto', 'Ketua Komisi I'],
  ])('%s', (text, name, role) => {
    expect(extract(text).persons.map((p) => [p.name, p.role])).toEqual([[name, role]]);
  });
});

describe('honorifics kept out of names', () => {
  it.each([
    ['Ketua Ikatan Nakhoda Niaga, Capt. Yohanes Lumban Gaol, M.Mar., menilai pelabuhan padat.', 'Yohanes Lumban Gaol'],
    ['Pendiri grup itu, Tan Sri Vincent Lau, mengatakan ekspansi berlanjut.', 'Vincent Lau'],
    // "Tan" without "Sri" is a surname.
    ['Direktur Utama Bank Sinar, Tan Wei Ming, mengatakan kredit tumbuh.', 'Tan Wei Ming'],
  ])('%s', (text, name) => {
    expect(extract(text).persons.map((p) => p.name)).toEqual([name]);
  });
});

describe('a short name several people share', () => {
  it('is the one named last before it', () => {
    const text =
      'Wali Kota Makassar Andi Husni Tanra membuka acara. Direktur PT Sulawesi Niaga, Andi Rahmat Saleh, menyebut stok aman. "Kami siap," kata Andi.';
    const { persons } = extract(text);
    expect(persons.map((p) => p.name)).toEqual(['Andi Husni Tanra', 'Andi Rahmat Saleh']);
    expect(persons[1]?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Andi Rahmat Saleh', 'Andi']);
  });

  it('stays a person of its own when nobody was named before it', () => {
    const text = 'Kata Budi, harga naik. Budi Santoso dan Budi Gunadi Sadikin hadir.';
    expect(extract(text).persons.map((p) => p.name)).toContain('Budi');
  });
});

describe('a Balinese name after a post', () => {
  it.each<[string, string, string]>([
    // "I Gusti" opens the holder's name: "I" is no Roman numeral of the post.
    ['Hakim Ketua I Gusti Ayu Putri membacakan putusan.', 'I Gusti Ayu Putri', 'Hakim Ketua'],
    // An honorific with its period right after the post opens the name, not the post's field.
    ['Gubernur Dr. Budi Hartono meresmikan pasar.', 'Budi Hartono', 'Gubernur'],
    ['Hakim Ketua Dr. I Gusti Made Arta, S.H., menyatakan gugatan ditolak.', 'I Gusti Made Arta', 'Hakim Ketua'],
  ])('%s', (text, name, role) => {
    expect(extract(text).persons.map((p) => [p.name, p.role])).toEqual([[name, role]]);
  });

  it('still reads "Komisi I" as a numbered commission', () => {
    const r = extract('Anggota Komisi I DPR Budi Hartono menilai anggaran kurang.');
    expect(r.persons[0]?.role).toBe('Anggota Komisi I');
  });
});
