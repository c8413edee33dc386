import { describe, expect, it } from 'vitest';
import { extract } from '../../../core/index';

type Row = [string, string, string | null, boolean, string | null];

describe('persons', () => {
  it.each<Row>([
    [
      'Menteri Perindustrian (Menperin) Agus Gumiwang Kartasasmita membuka pameran.',
      'Agus Gumiwang Kartasasmita',
      'Menteri Perindustrian',
      true,
      'Kementerian Perindustrian',
    ],
    [
      'Menkeu Sri Mulyani Indrawati menyampaikan laporan APBN.',
      'Sri Mulyani Indrawati',
      'Menteri Keuangan',
      true,
      'Kementerian Keuangan',
    ],
    [
      'Wamenkeu Anggito Abimanyu hadir dalam rapat.',
      'Anggito Abimanyu',
      'Wakil Menteri Keuangan',
      true,
      'Kementerian Keuangan',
    ],
    [
      'Menko Perekonomian Airlangga Hartarto meninjau pelabuhan.',
      'Airlangga Hartarto',
      'Menteri Koordinator Bidang Perekonomian',
      true,
      'Kementerian Koordinator Bidang Perekonomian',
    ],
    [
      'Direktur Jenderal (Dirjen) Industri Logam, Mesin, Alat Transportasi, dan Elektronika (Ilmate) Setia Diarta memimpin rapat.',
      'Setia Diarta',
      'Direktur Jenderal Industri Logam, Mesin, Alat Transportasi, dan Elektronika',
      true,
      null,
    ],
    [
      'Kepala Badan Pusat Statistik (BPS) Amalia Adininggar Widyasanti merilis data inflasi.',
      'Amalia Adininggar Widyasanti',
      'Kepala',
      true,
      'Badan Pusat Statistik',
    ],
    ['Gubernur Jawa Barat Dedi Mulyadi meresmikan jalan tol.', 'Dedi Mulyadi', 'Gubernur Jawa Barat', true, null],
    [
      'Direktur Utama PT PLN (Persero) Darmawan Prasodjo menjelaskan rencana itu.',
      'Darmawan Prasodjo',
      'Direktur Utama',
      false,
      'PT PLN (Persero)',
    ],
    [
      'Managing Director PT Sinar Terang Indonesia Zhao Wentao menyambut tamu.',
      'Zhao Wentao',
      'Managing Director',
      false,
      'PT Sinar Terang Indonesia',
    ],
    [
      'Ketua Umum Kadin Anindya Bakrie menerima delegasi Jepang.',
      'Anindya Bakrie',
      'Ketua Umum',
      false,
      'Kamar Dagang dan Industri Indonesia',
    ],
    [
      'Jon Dove, Associate Government Affairs Director Xiaomi, tiba di Jakarta.',
      'Jon Dove',
      'Associate Government Affairs Director',
      false,
      'Xiaomi',
    ],
    [
      'Analis Mirae Asset, Rudi Hartono, menilai saham perbankan masih menarik.',
      'Rudi Hartono',
      'Analis',
      false,
      'Mirae Asset',
    ],
    ['Bapak Hendra Gunawan menyerahkan bantuan kepada warga.', 'Hendra Gunawan', null, false, null],
    [
      'Hal itu disampaikan ekonom Indef Tauhid Ahmad di Jakarta.',
      'Tauhid Ahmad',
      'Ekonom',
      false,
      'Institute for Development of Economics and Finance',
    ],
    ['Ketua DPR Puan Maharani membuka sidang paripurna.', 'Puan Maharani', 'Ketua', true, 'Dewan Perwakilan Rakyat'],
    [
      'Menkop UKM Teten Masduki meninjau koperasi susu di Boyolali.',
      'Teten Masduki',
      'Menteri Koperasi dan UKM',
      true,
      'Kementerian Koperasi dan UKM',
    ],
    [
      'Menurut Direktur Pemasaran PT Honda Prospect Motor Yusak Billy, stok cukup.',
      'Yusak Billy',
      'Direktur Pemasaran',
      false,
      'PT Honda Prospect Motor',
    ],
    [
      'Sales and Marketing Director PT Suzuki Indomobil Sales Donny Saputra menyebut stok cukup.',
      'Donny Saputra',
      'Sales and Marketing Director',
      false,
      'PT Suzuki Indomobil Sales',
    ],
    ['CEO Sociolla John Rasjid membuka toko.', 'John Rasjid', 'CEO', false, 'Sociolla'],
    // A physician's "dr." is written in lower case; the specialty after the name is no second person.
    [
      'Pendiri sekaligus CEO Klinikita, dr. Rahma Yuliani, Sp.A, mengatakan layanan diperluas.',
      'Rahma Yuliani',
      'Pendiri sekaligus CEO',
      false,
      'Klinikita',
    ],
    [
      'Penjualan Sariwangi dan Teh Pucuk naik. Brand Manager Teh Pucuk Rendra Wiryawan menyebut harga stabil.',
      'Rendra Wiryawan',
      'Brand Manager',
      false,
      'Teh Pucuk',
    ],
    [
      // The whole name written again is no brand standing alone.
      'Brand Manager Sekar Ayu Wiryawan menyebut harga stabil. "Stok aman," kata Sekar Ayu Wiryawan.',
      'Sekar Ayu Wiryawan',
      'Brand Manager',
      false,
      null,
    ],
    [
      'Wakil Gubernur Bali I Nyoman Giri Prasta menerima tamu.',
      'I Nyoman Giri Prasta',
      'Wakil Gubernur Bali',
      true,
      null,
    ],
    [
      'Ketua Umum Gaikindo Putu Juli Ardika menilai pasar lesu.',
      'Putu Juli Ardika',
      'Ketua Umum',
      false,
      'Gabungan Industri Kendaraan Bermotor Indonesia',
    ],
    [
      'Direktur Jenderal Bea dan Cukai Djaka Budhi Utama meninjau pelabuhan.',
      'Djaka Budhi Utama',
      'Direktur Jenderal Bea dan Cukai',
      true,
      null,
    ],
    [
      'Direktur Industri Kimia Hilir Kemenperin Wiwik Pudjiastuti membuka pameran.',
      'Wiwik Pudjiastuti',
      'Direktur Industri Kimia Hilir',
      true,
      'Kementerian Perindustrian',
    ],
    [
      'Direktur Bisnis Konsumer BCA Haryanto T. Budiman menjelaskan KPR.',
      'Haryanto T. Budiman',
      'Direktur Bisnis Konsumer',
      false,
      'PT Bank Central Asia Tbk',
    ],
    [
      'Hal itu diungkapkan Nailul Huda, pengamat ekonomi digital dari Celios, di Jakarta.',
      'Nailul Huda',
      'Pengamat ekonomi digital',
      false,
      'Center of Economic and Law Studies',
    ],
    ['Merek itu didirikan oleh Rizky Hidayat, yang kini menjabat sebagai CEO.', 'Rizky Hidayat', 'CEO', false, null],
    [
      'Kepala Korlantas (Kakorlantas) Polri Irjen Pol. Agus Suryonugroho memantau arus mudik.',
      'Agus Suryonugroho',
      'Kepala',
      true,
      'Korps Lalu Lintas',
    ],
    [
      'Direktur Pelaksana Bank Dunia untuk Indonesia Carolyn Turk menilai reformasi penting.',
      'Carolyn Turk',
      'Direktur Pelaksana',
      false,
      'Bank Dunia',
    ],
    ['Ketua KPU Mochammad Afifuddin membacakan jadwal.', 'Mochammad Afifuddin', 'Ketua', true, 'Komisi Pemilihan Umum'],
    ['Kapolda Metro Jaya Irjen Asep Edi Suheri menutup jalan.', 'Asep Edi Suheri', 'Kepala', true, 'Polda Metro Jaya'],
    [
      'Pj Gubernur Jakarta Teguh Setyabudi meresmikan halte.',
      'Teguh Setyabudi',
      'Penjabat Gubernur Jakarta',
      true,
      null,
    ],
    [
      'Perdana Menteri Malaysia Anwar Ibrahim tiba di Jakarta.',
      'Anwar Ibrahim',
      'Perdana Menteri Malaysia',
      true,
      null,
    ],
    [
      'Wakil Presiden Direktur PT Astra International Tbk Rudy Hartono memaparkan kinerja.',
      'Rudy Hartono',
      'Wakil Presiden Direktur',
      false,
      'PT Astra International Tbk',
    ],
    [
      'Vice President Corporate Communication PT Kereta Api Indonesia (Persero) Anne Purba menjelaskan jadwal.',
      'Anne Purba',
      'Vice President Corporate Communication',
      false,
      'PT Kereta Api Indonesia (Persero)',
    ],
    [
      'Kakorlantas Polri Irjen Pol. Agus Suryonugroho meminta pemudik berhati-hati.',
      'Agus Suryonugroho',
      'Kepala Korlantas',
      true,
      'Kepolisian Negara Republik Indonesia',
    ],
    [
      'Sarah Johnson, Regional Director Southeast Asia Visa, mengatakan transaksi tumbuh.',
      'Sarah Johnson',
      'Regional Director Southeast Asia',
      false,
      'Visa',
    ],
    // A word after the body's place, closed by ", NAME,", is the body's, not the holder.
    [
      'General Manager Hilton Bali Beach, Andi Wijaya, mengatakan okupansi naik.',
      'Andi Wijaya',
      'General Manager',
      false,
      'Hilton Bali Beach',
    ],
    [
      'Direktur Aston Lombok Bay, Rina Hapsari, menyebut tamu asing bertambah.',
      'Rina Hapsari',
      'Direktur',
      false,
      'Aston Lombok Bay',
    ],
    // A graded office's holder is an official of it.
    [
      'Kepala Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC) Tipe Pratama Bengkalis, Dedi Kurniawan, mengatakan rokok ilegal disita.',
      'Dedi Kurniawan',
      'Kepala',
      true,
      'Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC) Tipe Pratama Bengkalis',
    ],
    // The head of a state body's branch is its "Kepala".
    [
      'Kepala BPJS Ketenagakerjaan Cabang Bekasi, Rudi Hartono, menyebut klaim naik.',
      'Rudi Hartono',
      'Kepala',
      true,
      'BPJS Ketenagakerjaan Cabang Bekasi',
    ],
    // After a title, the name after a cooperative's acronym is the holder's.
    [
      'Ketua Koperasi Unit Desa (KUD) Budi Santoso mengatakan panen naik.',
      'Budi Santoso',
      'Ketua',
      false,
      'Koperasi Unit Desa',
    ],
    // With no apposed name after the comma, the word after the place is still the holder.
    [
      'Manajer Humas KAI Daop 2 Bandung Wiwik, Senin, mengatakan kereta tambahan disiapkan.',
      'Wiwik',
      'Manajer Humas',
      false,
      'KAI Daop 2 Bandung',
    ],
  ])('%s', (sentence, name, role, official, affiliation) => {
    const p = extract(sentence).persons.find((x) => x.name === name);
    expect(p).toMatchObject({ name, role, official, affiliation });
    expect(sentence.slice(p?.mentions[0]?.start, p?.mentions[0]?.end)).toBe(name);
  });

  it.each([
    'Hari Belanja Online Nasional (Harbolnas) menjadi puncak transaksi.',
    'Tim Nasional Indonesia menang atas Arab Saudi.',
    'Wings Group, pemilik merek Sedaap, menyatakan pasokan aman.',
    'Pengguna aplikasi Maxim, kata pengelola, terus bertambah.',
    'Target wisatawan naik tahun depan. Pemkab berharap hotel baru segera dibuka.',
    // A word the text also writes in lower case is an everyday word at a sentence start, no name.
    'Peritel menilai daya beli masih lemah. Sebagian peritel memangkas stok.',
    'Penyelenggara mengatakan tiket habis. Kata penyelenggara, kursi tambahan disiapkan.',
    // A body's head word alone speaks for the body.
    'Asosiasi menyebut ekspor garmen mulai pulih.',
    // A day named with derived nouns is no person, though "Hari" is a first name.
    'Hari Pelanggan Nasional diperingati dengan diskon besar.',
    'Hari Kemerdekaan dirayakan karyawan dengan lomba.',
    // The name after a cooperative's acronym is the cooperative's, here and later.
    'Polisi menyegel Koperasi Serba Usaha (KSU) Dewi Sri Makmur. Menurut polisi, KSU Dewi Sri Makmur menghimpun dana.',
    // An English field joined by "and" after an Indonesian title is the post's, no name.
    'Direktur Sales and Marketing perusahaan itu menyebut penjualan naik.',
    // A title word inside a name, right after a capitalised word, opens no holder's name.
    'Unit syariah itu berdiri sendiri sebagai Amanah Mitra Sejati sejak Januari.',
    // A lone capital after a unit is its numeral, no name.
    'Pangkalan Utama TNI Angkatan Laut (Lantamal) V menyiagakan kapal. Komandan Lantamal V, kata petugas, memimpin patroli di Madura.',
  ])('finds no person in %s', (sentence) => {
    expect(extract(sentence).persons).toEqual([]);
  });

  it('keeps a speaker one of whose name words the text also writes in lower case', () => {
    const text = 'Indah Permatasari mengatakan pemandangan pantai itu indah. Permatasari menilai tiket murah.';
    expect(extract(text).persons.map((p) => p.name)).toEqual(['Indah Permatasari']);
  });

  it('finds an untitled speaker before "menyebut"', () => {
    expect(extract('Sutrisno menyebut harga cabai naik.').persons.map((p) => p.name)).toEqual(['Sutrisno']);
  });

  it('keeps a person whose first name is "Hari" and whose surname is no derived noun', () => {
    expect(extract('Hari Kurniawan menyebut harga cabai naik.').persons.map((p) => p.name)).toEqual(['Hari Kurniawan']);
  });

  it('reads a title short form given in parentheses and used alone later as its holder', () => {
    const text =
      'Kepala Staf Angkatan Darat (Kasad) Jenderal TNI Maruli Simanjuntak meninjau pabrik. Kasad menyebut kendaraan itu tangguh.';
    const persons = extract(text).persons;
    expect(persons.map((p) => p.name)).toEqual(['Maruli Simanjuntak']);
    expect(persons[0]?.aliases).toContain('Kasad');
  });

  it('reads "Ka" before the short name of the body a head leads, used alone later, as that head', () => {
    const text =
      'Kepala Badan Pengelola Pelabuhan (Bapel) Kota Bitung, Rina Kartika, membuka dermaga. Menurut Kabapel, antrean turun.';
    const persons = extract(text).persons;
    expect(persons.map((p) => [p.name, p.aliases])).toEqual([['Rina Kartika', ['Kabapel']]]);
    // A name that only starts like it stays a person.
    expect(extract(`${text} Kamal Hasan menyebut tarif naik.`).persons.map((p) => p.name)).toContain('Kamal Hasan');
  });

  it('reads capitalised words before "of" as a body in English, no person', () => {
    const text = 'Wakil Ketua Jawa Chamber of Commerce, Rina Kartika, menyebut ekspor naik.';
    expect(extract(text).persons.map((p) => p.name)).toEqual(['Rina Kartika']);
  });

  it('reads the field of a post held before, after the short title, as that holder', () => {
    const text =
      'Direktur Jenderal Perikanan Tangkap KKP, Rina Kartika, membuka lelang. Dirjen Perikanan Tangkap juga mengatakan kuota naik.';
    expect(extract(text).persons.map((p) => [p.name, p.aliases])).toEqual([
      ['Rina Kartika', ['Dirjen Perikanan Tangkap']],
    ]);
    // Another holder's name after the same short title is a person.
    const other = `${text} Dirjen Budi Santoso juga hadir.`;
    expect(extract(other).persons.map((p) => p.name)).toEqual(['Rina Kartika', 'Budi Santoso']);
  });

  it('takes the company a title named, speaking for itself later, for no person', () => {
    const text = 'CEO Klinikita, Rahma Yuliani, mengatakan layanan diperluas. Klinikita menyebut pengguna naik.';
    expect(extract(text).persons.map((p) => p.name)).toEqual(['Rahma Yuliani']);
  });

  it('reads a country ending in an organisation head word as the place in a title', () => {
    const r = extract('Presiden Amerika Serikat Donald Trump menaikkan tarif impor.');
    expect(r.persons.map((p) => [p.name, p.role, p.official])).toEqual([
      ['Donald Trump', 'Presiden Amerika Serikat', true],
    ]);
    expect(r.organizations).toEqual([]);
  });

  it('keeps capitalised everyday words and headline words out of names', () => {
    const text =
      'Menperin Dorong Investasi Mobil Listrik\nPemerintah Indonesia terus mendorong investasi. Pertemuan itu berlangsung lancar.';
    expect(extract(text).persons).toEqual([]);
  });
});

describe('short references', () => {
  it('counts a first name and an abbreviated title as mentions of the same person', () => {
    const text =
      'Menteri Perindustrian (Menperin) Agus Gumiwang Kartasasmita bertemu investor. Menperin juga meninjau pabrik. Agus berharap investasi naik.';
    const { persons } = extract(text);
    expect(persons).toHaveLength(1);
    const [p] = persons;
    expect(p?.aliases).toEqual(expect.arrayContaining(['Menperin', 'Agus']));
    expect(p?.mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      'Agus Gumiwang Kartasasmita',
      'Menperin',
      'Agus',
    ]);
  });

  it('does not merge two people who share a first name', () => {
    const text = 'Budi Santoso bertemu Budi Gunadi Sadikin. Keduanya berbincang lama.';
    expect(extract(text).persons.map((p) => p.name)).toEqual(['Budi Santoso', 'Budi Gunadi Sadikin']);
  });

  // A one-word name that starts a word of a person's name named before it is that person, clipped; a stub of three
  // letters, or a person named only after it, leaves it on its own.
  it.each([
    [
      'Bupati Sikka Fransiskus Roberto Diogo meninjau pasar. "Harga ikan stabil," kata Robert.',
      'Fransiskus Roberto Diogo',
    ],
    ['Direktur Utama PT Laut Biru, Maximilianus Hadi, hadir. "Kapal kami siap," ujar Maxi.', 'Maximilianus Hadi'],
  ])('%s', (text, name) => {
    const r = extract(text);
    expect(r.persons.map((p) => p.name)).toEqual([name]);
    expect(r.quotes[0]?.speaker).toBe(name);
  });

  it.each([
    '"Harga ikan stabil," kata Robert. Bupati Sikka Fransiskus Roberto Diogo lalu meninjau pasar.',
    'Bupati Sikka Fransiskus Roberto Diogo meninjau pasar. "Harga ikan stabil," kata Rob.',
  ])('leaves a clipped name of three letters, or before the person, unresolved: %s', (text) => {
    expect(extract(text).quotes[0]?.speaker).not.toMatch(/Diogo/);
  });
});

describe('nicknames and appositions', () => {
  it.each([
    [
      'Ketua Himpunan Petani Kopi, Raden Suryo Adinegoro atau yang akrab disapa Mas Yoyo, mengatakan panen naik. Mas Yoyo optimistis.',
      'Suryo Adinegoro',
      'Mas Yoyo',
    ],
    [
      '"Harga pupuk harus turun agar petani untung," kata Ucok, sapaan akrab Hutapea. Hutapea Sinaga menambahkan hal itu.',
      'Hutapea Sinaga',
      'Ucok',
    ],
  ])('%s', (text, name, nickname) => {
    const p = extract(text).persons.find((x) => x.name === name);
    expect(p?.aliases).toContain(nickname);
    expect(p?.mentions.map((m) => text.slice(m.start, m.end))).toContain(nickname);
  });

  it('"NICK, sapaan akrabnya," is the nickname of the person named last before it', () => {
    const text =
      'Bupati Sleman Wulan Prameswari meresmikan pasar. "Pedagang jangan dipungut liar," kata Mbak Wulpram, sapaan akrabnya, di lokasi. Mbak Wulpram lalu berkeliling.';
    const r = extract(text);
    expect(r.persons.map((p) => p.name)).toEqual(['Wulan Prameswari']);
    expect(r.persons[0]?.aliases).toContain('Mbak Wulpram');
    expect(r.quotes[0]?.speaker).toBe('Wulan Prameswari');
  });

  it('a nickname named again and again adds each of its mentions once', () => {
    const text =
      'Bupati Sleman Wulan Prameswari meresmikan pasar. "Pedagang jangan dipungut liar," kata Mbak Wulpram, sapaan akrabnya. "Pasar harus bersih," ujar Mbak Wulpram, sapaan akrabnya.';
    const [p] = extract(text).persons;
    const starts = p?.mentions.map((m) => m.start) ?? [];
    expect(p?.name).toBe('Wulan Prameswari');
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('"sapaan akrabnya" with nobody named before it links nothing', () => {
    const r = extract('"Pasar harus bersih," kata Mbok Darmi, sapaan akrabnya, kepada wartawan.');
    expect(r.persons.map((p) => [p.name, p.aliases])).toEqual([['Mbok Darmi', []]]);
    // At the very start of the text there is nothing before it to look at.
    expect(extract('Darmi, sapaan akrabnya, berjualan sayur.').persons.map((p) => p.aliases)).not.toContainEqual([
      'Darmi',
    ]);
  });

  it('reads the organisation between a title and ", NAME,"', () => {
    const [p] = extract('Partner Modal Cerdas Ventures, Melisa Irawati, menilai pendanaan melambat.').persons;
    expect(p).toMatchObject({ name: 'Melisa Irawati', role: 'Partner', official: false });
  });
});

describe('hyphenated names', () => {
  it.each([
    ['Direktur Pemasaran Rebecca Tan-Whitfield mengatakan lahan terjual.', 'Rebecca Tan-Whitfield'],
    ['"Kami siap," kata aktris Yoon Ha-rin di Jakarta.', 'Yoon Ha-rin'],
  ])('%s', (text, name) => {
    expect(extract(text).persons.map((p) => p.name)).toEqual([name]);
  });

  it('reads a hyphenated brand after a title as the body, not the holder', () => {
    const text =
      'Swiss-Belhotel International membuka hotel. General Manager Swiss-Belhotel International, Lukas Meier-Hahn, mengatakan okupansi naik.';
    const r = extract(text);
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([
      ['Lukas Meier-Hahn', 'Swiss-Belhotel International'],
    ]);
    expect(r.organizations.map((o) => o.name)).toContain('Swiss-Belhotel International');
  });

  it('keeps a hyphen between words apart from a name', () => {
    expect(extract('Kerja sama Indonesia-Jepang dibahas Budi Santoso kemarin.').persons.map((p) => p.name)).toEqual([
      'Budi Santoso',
    ]);
  });
});

describe('a company called by its first words', () => {
  it('is no person where a verb of saying follows it', () => {
    const text =
      'Perusahaan itu dimiliki Daehan Marine Insurance Co., Ltd asal Busan. Daehan Marine menyatakan tidak akan menjual sahamnya.';
    expect(extract(text).persons).toEqual([]);
  });

  it('leaves a person whose name no body begins with', () => {
    const text =
      'Perusahaan itu dimiliki Daehan Marine Insurance Co., Ltd asal Busan. Budi Hartanto menyatakan tidak akan menjual sahamnya.';
    expect(extract(text).persons.map((p) => p.name)).toEqual(['Budi Hartanto']);
  });
});
