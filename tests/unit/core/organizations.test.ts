import { describe, expect, it } from 'vitest';
import { extract } from '../../../core/index';

describe('organizations', () => {
  it.each([
    [
      'Kementerian Perindustrian (Kemenperin) menggelar pameran.',
      'Kementerian Perindustrian',
      'government',
      ['Kemenperin'],
    ],
    ['Kemenperin menyiapkan insentif baru.', 'Kementerian Perindustrian', 'government', ['Kemenperin']],
    [
      'PT Bank Rakyat Indonesia (Persero) Tbk mencatat laba tinggi.',
      'PT Bank Rakyat Indonesia (Persero) Tbk',
      'company',
      [],
    ],
    ['Xiaomi Communications Co., Ltd memperluas pabrik.', 'Xiaomi Communications Co., Ltd', 'company', []],
    [
      'Gabungan Industri Kendaraan Bermotor Indonesia (Gaikindo) merilis data.',
      'Gabungan Industri Kendaraan Bermotor Indonesia',
      'other',
      ['Gaikindo'],
    ],
    ['Otoritas Jasa Keuangan mengeluarkan aturan baru.', 'Otoritas Jasa Keuangan', 'government', []],
    ['Produsen BYD menambah diler.', 'BYD', 'company', []],
    ['Universitas Gadjah Mada membuka program baru.', 'Universitas Gadjah Mada', 'other', []],
    ['Pemerintah Provinsi Jawa Tengah menyiapkan lahan.', 'Pemerintah Provinsi Jawa Tengah', 'government', []],
    ['Produsen mobil listrik Volta Motor membuka pabrik.', 'Volta Motor', 'company', []],
    ['Bank digital Superbank menambah nasabah.', 'Superbank', 'company', []],
    ['Perusahaan rintisan Xurya mendapat pendanaan.', 'Xurya', 'company', []],
    ['Pendanaan seri B diraih startup Kargo Technologies.', 'Kargo Technologies', 'company', []],
    ['Mitra perakitannya PT Handal Indonesia Motor di Bekasi.', 'PT Handal Indonesia Motor', 'company', []],
    [
      'Pabrik PT Suzuki Indonesia Motor Manufacturing di Cikarang menambah shift.',
      'PT Suzuki Indonesia Motor Manufacturing',
      'company',
      [],
    ],
    ['Dinas Koperasi dan UKM Kota Bandung menggelar bazar.', 'Dinas Koperasi dan UKM Kota Bandung', 'government', []],
    ['PT Gudang Garam Tbk membagikan dividen.', 'PT Gudang Garam Tbk', 'company', []],
    [
      'Gabungan Pengusaha Kelapa Sawit Indonesia (Gapki) memangkas proyeksi ekspor.',
      'Gabungan Pengusaha Kelapa Sawit Indonesia',
      'other',
      ['Gapki'],
    ],
    ['Forum Rektor Indonesia menggelar rapat tahunan.', 'Forum Rektor Indonesia', 'other', []],
    [
      'Mahasiswa Universitas Bina Nusantara dan Universitas Pelita Harapan ikut lomba.',
      'Universitas Pelita Harapan',
      'other',
      [],
    ],
  ])('%s', (sentence, name, kind, aliases) => {
    const o = extract(sentence).organizations.find((x) => x.name === name);
    expect(o).toMatchObject({ name, kind });
    for (const a of aliases) expect(o?.aliases).toContain(a);
    for (const m of o?.mentions ?? []) expect([name, ...(o?.aliases ?? [])]).toContain(sentence.slice(m.start, m.end));
  });

  it.each([
    'Dewan Direksi perseroan menyetujui pembagian dividen.',
    'Forum Group Discussion digelar di hotel.',
    'Para peserta Focus Group Discussion sepakat.',
  ])('finds no organisation in %s', (sentence) => {
    expect(extract(sentence).organizations).toEqual([]);
  });

  it('recognises places so they are never people or organisations', () => {
    const r = extract('Delegasi bertolak dari Jakarta ke Shanghai, China, lalu ke Jawa Timur.');
    expect(r.places.map((p) => p.name)).toEqual(['Jakarta', 'Shanghai', 'China', 'Jawa Timur']);
    expect(r.persons).toEqual([]);
    expect(r.organizations).toEqual([]);
  });
});

describe('short company names', () => {
  it('folds a brand written short into the full company name written before it', () => {
    const text = 'PT Unilever Indonesia Tbk mencatat penjualan naik. Unilever juga menambah pabrik.';
    const orgs = extract(text).organizations;
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({ name: 'PT Unilever Indonesia Tbk', kind: 'company' });
    expect(orgs[0]?.aliases).toContain('Unilever');
  });

  it('counts the word after PT as the company later on', () => {
    const text = 'PT Sentosa Pangan Makmur Tbk membuka pabrik. Sentosa menargetkan ekspor naik.';
    const [org] = extract(text).organizations;
    expect(org?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['PT Sentosa Pangan Makmur Tbk', 'Sentosa']);
  });
});

describe('a brand and its line of business', () => {
  it.each([
    ['Menurut Counterpoint Research, pasar ponsel pulih.', 'Counterpoint Research'],
    ['Fitch Solutions memproyeksikan kredit tumbuh, sementara Fitch Ratings menahan peringkat.', 'Fitch Solutions'],
    ['Riset Nielsen IQ menyebutkan nilai pasar naik.', 'Nielsen IQ'],
    ['Tomoro Coffee membuka gerai di kota kecil.', 'Tomoro Coffee'],
  ])('%s', (text, name) => {
    const r = extract(text);
    expect(r.organizations.map((o) => o.name)).toContain(name);
    expect(r.persons).toEqual([]);
  });
});

describe('organisation shapes', () => {
  it.each([
    [
      'Deputi Bidang Promosi Kementerian Investasi dan Hilirisasi/BKPM, Nurul Ichwan, hadir.',
      'Kementerian Investasi dan Hilirisasi/BKPM',
    ],
    ['Komandan Korem 062/Tarumanagara Kolonel Inf Rudi Hartanto hadir.', 'Korem 062/Tarumanagara'],
    [
      '"Transaksi naik," kata Andry Asmoro, kepala ekonom PT Bank Mandiri (Persero) Tbk.',
      'PT Bank Mandiri (Persero) Tbk',
    ],
    [
      'Ketua Umum Himpunan Peritel dan Penyewa Pusat Perbelanjaan Indonesia (Hippindo), Budihardjo Iduansjah, berharap bunga turun.',
      'Himpunan Peritel dan Penyewa Pusat Perbelanjaan Indonesia',
    ],
    ['Laporan Stockholm International Peace Research Institute (SIPRI) mencatat belanja naik.', 'SIPRI'],
  ])('%s', (text, name) => {
    const names = extract(text).organizations.flatMap((o) => [o.name, ...o.aliases]);
    expect(names).toContain(name);
  });

  it('reads a force after a rank as part of the rank', () => {
    expect(extract('Marsdya TNI Bambang Wicaksono menyebut minat tinggi.').organizations).toEqual([]);
  });
});

describe('regional bodies and long company names', () => {
  it.each([
    [
      'PT Bank Pembangunan Daerah Jawa Barat dan Banten Tbk menyiapkan pembiayaan.',
      'PT Bank Pembangunan Daerah Jawa Barat dan Banten Tbk',
    ],
    [
      'Perizinan ditangani Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Jawa Barat.',
      'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Jawa Barat',
    ],
  ])('%s', (text, name) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual([name]);
  });

  it('reads Pemprov, Pemkab and Pemkot as the governments they abbreviate, one body for both forms', () => {
    const r = extract(
      'Pemprov Jawa Timur menambah modal. Pemerintah Provinsi Jawa Timur juga membantu. Pemkab Banyuwangi ikut.',
    );
    expect(r.organizations.map((o) => [o.name, o.aliases])).toEqual([
      ['Pemerintah Provinsi Jawa Timur', ['Pemprov Jawa Timur']],
      ['Pemerintah Kabupaten Banyuwangi', ['Pemkab Banyuwangi']],
    ]);
  });

  it.each([
    // A known state body's region after its acronym is its regional office, as for unlisted bodies.
    [
      'Kepala Badan Pusat Statistik (BPS) Jawa Timur Zulkipli mengatakan inflasi turun.',
      'Badan Pusat Statistik (BPS) Jawa Timur',
    ],
    [
      'Angka itu dirilis Badan Pusat Statistik (BPS) Sumatera Barat pekan lalu.',
      'Badan Pusat Statistik (BPS) Sumatera Barat',
    ],
    ['Badan Pusat Statistik (BPS) mencatat inflasi turun.', 'Badan Pusat Statistik'],
  ])('%s', (text, name) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual([name]);
  });
});

describe('units, regional offices and second names of known bodies', () => {
  it.each([
    // A faction of a party, an office of a body with its region: one organisation, of the body's kind.
    ['Usulan itu datang dari Fraksi PKS di dewan kota.', 'Fraksi PKS', 'other'],
    ['Fraksi Partai Golkar menolak kenaikan tarif.', 'Fraksi Partai Golkar', 'other'],
    ['Kantor OJK Provinsi Jawa Timur membuka layanan pengaduan.', 'Kantor OJK Provinsi Jawa Timur', 'government'],
    ['Kantor Perwakilan Bank Indonesia Bali mencatat inflasi.', 'Kantor Perwakilan Bank Indonesia Bali', 'government'],
    ['OJK Provinsi Jawa Barat mencatat kredit tumbuh.', 'OJK Provinsi Jawa Barat', 'government'],
    ['Data BPS Kabupaten Banyuwangi menunjukkan panen naik.', 'BPS Kabupaten Banyuwangi', 'government'],
    // An association's regional chapter follows its acronym, listed or not.
    [
      'Perhimpunan Hotel dan Restoran Indonesia (PHRI) Jawa Tengah menilai okupansi membaik.',
      'Perhimpunan Hotel dan Restoran Indonesia (PHRI) Jawa Tengah',
      'other',
    ],
    [
      'Ikatan Petani Kopi Nusantara (IPKN) Aceh menolak harga itu.',
      'Ikatan Petani Kopi Nusantara (IPKN) Aceh',
      'other',
    ],
    // A line of business closes an English name.
    ['Harga timah di London Metal Exchange (LME) melemah.', 'London Metal Exchange', 'company'],
  ])('%s', (text, name, kind) => {
    expect(extract(text).organizations.map((o) => [o.name, o.kind])).toContainEqual([name, kind]);
  });

  it.each([
    // A brand the dictionary writes in lower case is found in lower case, also as a company's short name.
    ['Ponsel baru vivo dijual mulai pekan depan.', 'vivo', []],
    [
      'PT Bank Pembangunan Daerah Jawa Barat dan Banten Tbk (bank bjb) menambah kredit. Laba bank bjb naik.',
      'PT Bank Pembangunan Daerah Jawa Barat dan Banten Tbk',
      ['bank bjb'],
    ],
    // "… Tbk atau <name>": the name the company goes by, and its later uses, are that company.
    [
      'PT Trimegah Bangun Persada Tbk atau Harita Nickel menambah lini. Produksi Harita Nickel naik.',
      'PT Trimegah Bangun Persada Tbk',
      ['Harita Nickel'],
    ],
    // A regional office's own short name wins over the listed body it starts with, before and after it.
    [
      'OJK Kaltim Awasi Koperasi\n\nOtoritas Jasa Keuangan Provinsi Kalimantan Timur (OJK Kaltim) memanggil dua koperasi. Kepala OJK Kaltim Made Yoga menyebut aduan naik.',
      'Otoritas Jasa Keuangan Provinsi Kalimantan Timur',
      ['OJK Kaltim'],
    ],
  ])('%s', (text, name, aliases) => {
    expect(extract(text).organizations.map((o) => [o.name, o.aliases])).toEqual([[name, aliases]]);
  });

  it.each([
    // The member sits in the chamber: the faction does not make the role a party's.
    ['Anggota Komisi VI DPR dari Fraksi Partai Golkar, Nurhadi Santoso, bertanya.', 'Anggota Komisi VI', true],
    ['Kepala OJK Provinsi Jawa Barat Darwisman mengapresiasi langkah itu.', 'Kepala', true],
    ['Direktur Utama bank bjb Yusuf Saadudin menjelaskan skema itu.', 'Direktur Utama', false],
    [
      'PT Trimegah Bangun Persada Tbk atau Harita Nickel menambah lini. Direktur Utama Harita Nickel Roy Arman menjelaskan.',
      'Direktur Utama',
      false,
    ],
  ])('%s', (text, role, official) => {
    const [p] = extract(text).persons;
    expect([p?.role, p?.official]).toEqual([role, official]);
  });
});

describe('unknown companies the sentence itself names as companies', () => {
  it.each([
    // A cue word, past lower-case words that describe the line of business.
    ['Pembeli kini beralih ke platform kecantikan Lumora untuk belanja serum.', ['Lumora']],
    ['Saham perusahaan induk Kedaiku melonjak pekan lalu.', ['Kedaiku']],
    // A list the cue opens: every item is a company.
    [
      'Beberapa perusahaan logistik lain, seperti Kirimin dan Antarkan, ikut menurunkan tarif.',
      ['Kirimin', 'Antarkan'],
    ],
    [
      'Perusahaan logistik seperti Kirimin, Antarkan, Kurir Kita, dan Bawain ikut menurunkan tarif.',
      ['Kirimin', 'Antarkan', 'Kurir Kita', 'Bawain'],
    ],
    // After a comma a list goes on to its "dan"; a name closed by a comma and a verb is an apposition.
    ['Menurut perusahaan riset Tanyain, Kirana Dewi, minat belanja naik.', ['Tanyain']],
    ['Holding BUMN pangan ID FOOD menyiapkan stok beras.', ['ID FOOD']],
    // A kind of source names its publisher when the name ends there.
    ['Riset Tanyain pada Maret 2025 mencatat minat belanja naik.', ['Tanyain']],
    ['Sementara itu, data Rumahku menunjukkan harga sewa turun.', ['Rumahku']],
    ['Laporan Kirana Insight Group menyebut pasar pulih.', ['Kirana Insight Group']],
  ])('%s', (text, names) => {
    const r = extract(text);
    expect(r.organizations.map((o) => o.name)).toEqual(names);
    expect(r.persons).toEqual([]);
  });

  it.each([
    // A product's kind after the cue makes the word a brand, not a company.
    'Perusahaan induk merek Segarin mengaku penjualan stabil.',
    // An acronym the text spells out as something else (a programme, a technology) is no company.
    'Kecerdasan artifisial (AI) tumbuh cepat, dan operator pusat data AI menambah kapasitas.',
    // A capitalised source word inside a name does not cue the words after it; first names are people.
    'Warga Sumber Rejeki menolak rencana itu.',
    'Menurut data Budi, harga naik.',
    // A source's publisher is what the sentence is about: a verb or "pada" follows it, not a comma or a noun.
    'Berdasarkan data Susenas, konsumsi beras turun.',
    'Laporan Tahunan perseroan mencatat laba naik.',
    'Catatan Redaksi: artikel ini diperbarui.',
    // A field of work after a title is not a cue ("pengamat waralaba" is the person's speciality).
    'Pengamat waralaba Amir Karamoy menilai pasar jenuh.',
  ])('finds no company in %s', (text) => {
    expect(extract(text).organizations).toEqual([]);
  });
});

describe('a company a cue proved, wherever else it stands', () => {
  it.each([
    [
      'Data Propindo menunjukkan harga naik. Kepala Riset Propindo Indonesia Dimas Prakoso menilai pasar pulih.',
      'Propindo',
      'Dimas Prakoso',
    ],
    [
      'Startup Ternakita meraih pendanaan. Pendiri Ternakita Laras Wibowo mengatakan dana dipakai untuk ekspansi.',
      'Ternakita',
      'Laras Wibowo',
    ],
  ])('%s', (text, org, person) => {
    const r = extract(text);
    expect(r.organizations.map((o) => o.name)).toEqual([org]);
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([[person, org]]);
  });
});

describe('where a known body or company name ends', () => {
  it.each([
    // A police directorate is named with its command; a ministry's directorate stays apart from the ministry.
    ['Direktorat Lalu Lintas Polda Metro Jaya mencatat kendaraan naik.', ['Direktorat Lalu Lintas Polda Metro Jaya']],
    [
      'Direktorat Tindak Pidana Siber Bareskrim Polri menangkap lima orang.',
      ['Direktorat Tindak Pidana Siber Bareskrim Polri'],
    ],
    [
      'Direktorat Perlindungan Konsumen Kementerian Perdagangan menerima aduan.',
      ['Direktorat Perlindungan Konsumen', 'Kementerian Perdagangan'],
    ],
    // An office with no region is the body's building: the body is named, not the office.
    ['Rapat digelar di Kantor Kemenperin, Jakarta.', ['Kementerian Perindustrian']],
  ])('%s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });
});

describe('words around a name that are not part of it', () => {
  it('reads "Group Head" as a post, not as a company ending in Group', () => {
    const r = extract(
      'Dewi Lestari, Corporate Communication Group Head PT Jasa Marga (Persero) Tbk, mengatakan arus naik.',
    );
    expect(r.organizations.map((o) => o.name)).toEqual(['PT Jasa Marga (Persero) Tbk']);
    expect(r.persons.map((p) => [p.name, p.role])).toEqual([['Dewi Lestari', 'Corporate Communication Group Head']]);
  });

  it('names an association with its region before the chapter’s acronym as the chapter', () => {
    const r = extract(
      'Perhimpunan Hotel dan Restoran Indonesia Jawa Tengah (PHRI Jateng) memperkirakan okupansi naik. Ketua PHRI Jateng Heru Sulistyo menyebut pesanan ramai.',
    );
    expect(r.organizations.map((o) => [o.name, o.kind, o.aliases])).toEqual([
      ['Perhimpunan Hotel dan Restoran Indonesia Jawa Tengah', 'other', ['PHRI Jateng']],
    ]);
  });
});

describe('place names that name no place', () => {
  it.each([
    ['Rupiah ditutup di Rp 16.700 per dolar AS pada Jumat.', []],
    ['Polisi menangkap pemilik gudang berinisial AS di Bekasi.', ['Bekasi']],
    ['Ekspor ke AS naik, meski rupiah melemah terhadap dolar AS.', ['AS']],
  ])('%s', (text, places) => {
    expect(extract(text).places.map((p) => p.name)).toEqual(places);
  });
});
