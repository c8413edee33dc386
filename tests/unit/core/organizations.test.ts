import { describe, expect, it } from 'vitest';
import { extract } from '../../../core/index';
import { everyday } from '../../../core/recognize/organizations';

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
    // "Co." after another suffix word, and "Limited" written out after it.
    [
      'Pemasok asal Jepang, Mori Seiki Holdings Co., Ltd, membuka kantor.',
      'Mori Seiki Holdings Co., Ltd',
      'company',
      [],
    ],
    ['Kontrak diteken Hyundai Pipe Co., Limited kemarin.', 'Hyundai Pipe Co., Limited', 'company', []],
    // A Malaysian private company closes its name with "Sdn Bhd".
    ['Kebun itu milik Serai Wangi Plantations Sdn Bhd sejak 2019.', 'Serai Wangi Plantations Sdn Bhd', 'company', []],
    // An English name ending in "Agency" is a state body.
    ['Danish Energy Agency (DEA) membuka kantor di Jakarta.', 'Danish Energy Agency', 'government', ['DEA']],
    // "of" and the country it serves close an English name; any other word after "of" stays out.
    [
      'Food Safety Agency of Malaysia (FSAM) memeriksa kontainer.',
      'Food Safety Agency of Malaysia',
      'government',
      ['FSAM'],
    ],
    ['Food Safety Agency of the region memeriksa kontainer.', 'Food Safety Agency', 'government', []],
    // A research centre of the national research agency, named with it; one without it ends at its field.
    [
      'Pusat Riset Biologi Molekuler BRIN membuka laboratorium baru.',
      'Pusat Riset Biologi Molekuler BRIN',
      'government',
      [],
    ],
    ['Peneliti Pusat Riset Kelautan menemukan spesies baru.', 'Pusat Riset Kelautan', 'government', []],
    // A listed company's name inside an association's or a union's, up to the body's acronym.
    [
      'Asosiasi Produsen Pupuk Indonesia (APPI) mencatat penjualan turun.',
      'Asosiasi Produsen Pupuk Indonesia',
      'other',
      ['APPI'],
    ],
    [
      'Serikat Karyawan Garuda Indonesia (Sekarga) menolak rencana itu.',
      'Serikat Karyawan Garuda Indonesia',
      'other',
      ['Sekarga'],
    ],
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
    [
      'Survei AmCham Indonesia mencatat minat investor naik.',
      'American Chamber of Commerce in Indonesia',
      'other',
      ['AmCham Indonesia'],
    ],
    // A hospital named after a doctor keeps the honorifics and initials of the name.
    ['Pasien dirujuk ke RSUP Dr. Kariadi di Semarang.', 'RSUP Dr. Kariadi', 'government', []],
    ['Direktur RSUD Prof. Dr. R. Soedarsono, Rina Wulan, hadir.', 'RSUD Prof. Dr. R. Soedarsono', 'government', []],
    // A sports club named by the cue "klub", across the words that describe it.
    ['Sponsor baru klub tuan rumah Garuda Muda Malang diumumkan.', 'Garuda Muda Malang', 'company', []],
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
    ['Biaya kirim uang lewat Western Union turun tahun ini.', 'Western Union', 'company', []],
    ['Pangsa pendingin ruangan Midea dan Gree naik.', 'Midea', 'company', []],
    ['Resor itu kini dikelola Marriott International.', 'Marriott International', 'company', []],
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

  it('reads a province by its official name with "Kepulauan" after a commission and as a place', () => {
    const r = extract(
      'Anggota Komisi III DPRD Kepulauan Bangka Belitung, Rudi Hartono, mengkritik tambang di Kepulauan Bangka Belitung.',
    );
    expect(r.organizations.map((o) => o.name)).toEqual(['DPRD Kepulauan Bangka Belitung']);
    expect(r.places.map((p) => p.name)).toEqual(['Kepulauan Bangka Belitung']);
  });

  it('reads no body in a lower-case agency', () => {
    expect(extract('Sebuah travel agency lokal di Bali tutup.').organizations).toEqual([]);
  });

  it('keeps a doctor after a university a person, not part of its name', () => {
    const r = extract('Dosen Universitas Diponegoro Dr. Budi Santoso menilai tarif wajar.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Universitas Diponegoro']);
    expect(r.persons.map((p) => p.name)).toEqual(['Budi Santoso']);
  });

  it('names no club owned by a person', () => {
    expect(extract('Ia bergabung dengan klub milik Budi Santoso.').organizations).toEqual([]);
  });

  it('reads no research centre in lower case', () => {
    expect(extract('Para ahli di pusat riset itu bekerja sama dengan kampus.').organizations).toEqual([]);
  });

  it('ends a field word before a listed state body, even with its acronym after it', () => {
    const r = extract('Deputi Bidang Pengawasan Koperasi Kementerian Koperasi (Kemenkop), Rina Wulan, hadir.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Kementerian Koperasi']);
  });

  it('ends a company at "Co." when a person, not "Ltd", follows the comma', () => {
    const names = extract('Direktur Busan Logistics Co., Kim Min-jae, hadir.').organizations.map((o) => o.name);
    expect(names).toEqual(['Busan Logistics Co.']);
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

  // A foreign parent named by the brand before its local arm owns the brand; named after it, or without a foreign
  // legal form, it does not.
  it.each([
    [
      'Pembuat tas asal Jepang, Kirameki Bags Co., Ltd, mendirikan anak usaha PT Kirameki Tas Indonesia. Kirameki menguasai 70 persen saham.',
      'Kirameki Bags Co., Ltd',
    ],
    [
      'Agensi asal Amerika, Lumora Media Inc., membentuk usaha patungan PT Lumora Kreasi Indonesia di Jakarta. Lumora menanam modal Rp 50 miliar.',
      'Lumora Media Inc.',
    ],
    [
      'PT Kirameki Tas Indonesia membuka pabrik. Induknya, Kirameki Bags Co., Ltd, mencatat laba. Kirameki menambah modal.',
      'PT Kirameki Tas Indonesia',
    ],
    [
      'Kedai Senja Coffee kini milik PT Senja Kopi Nusantara Tbk. Senja menambah 40 gerai.',
      'PT Senja Kopi Nusantara Tbk',
    ],
  ])('%s', (text, owner) => {
    const org = extract(text).organizations.find((o) =>
      o.aliases.includes(text.split('. ').at(-1)?.split(' ')[0] as string),
    );
    expect(org?.name).toBe(owner);
  });
});

describe('a company later written with the first two words of its name', () => {
  it.each([
    [
      'Saham perusahaan itu dipegang Daehan Mutual Insurance Co., Ltd dari Busan. Daehan Mutual menyatakan akan menambah modal.',
      'Daehan Mutual Insurance Co., Ltd',
    ],
    [
      'Pemasok bahan baku adalah Kuroshio Marine Foods Corporation. Menurut Kuroshio Marine, pasokan aman.',
      'Kuroshio Marine Foods Corporation',
    ],
  ])('%s', (text, name) => {
    const r = extract(text);
    expect(r.organizations.map((o) => o.name)).toEqual([name]);
    expect(r.persons).toEqual([]);
  });

  it('keeps a person who shares only the first word of a company a person', () => {
    const r = extract('PT Samudra Biru Lestari membuka gudang. Samudra Biru Santoso, pemilik toko, hadir.');
    expect(r.persons.map((p) => p.name)).toEqual(['Samudra Biru Santoso']);
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
    // A capitalised word joined by a hyphen, read leftwards from the suffix, is a word of the name.
    ['Laba PT Sari-Roti Nusantara Tbk naik tipis.', 'PT Sari-Roti Nusantara Tbk'],
    ['Direktur PT Karya-Bumi Lestari Tbk, Agus Setiadi, menyebut ekspor naik.', 'PT Karya-Bumi Lestari Tbk'],
    ['Pemasok itu menjual mesin ke Mercedes-Benz Group.', 'Mercedes-Benz Group'],
  ])('%s', (text, name) => {
    const names = extract(text).organizations.flatMap((o) => [o.name, ...o.aliases]);
    expect(names).toContain(name);
  });

  it('keeps a hyphenated company whole, no piece of it an organisation of its own', () => {
    const names = extract('Presiden Direktur PT Sari-Roti Nusantara Tbk, Hana Lim, hadir.').organizations.map(
      (o) => o.name,
    );
    expect(names).toEqual(['PT Sari-Roti Nusantara Tbk']);
  });

  it('keeps a hyphenated company whole when it opens a line, and reads nothing of the line above', () => {
    const names = extract('Pabrik Baru di Jawa Timur\nKessler-Moser Chemie AG menambah kapasitas.').organizations.map(
      (o) => o.name,
    );
    expect(names).toEqual(['Kessler-Moser Chemie AG']);
  });

  it('joins no hyphenated word that only repeats or follows in lower case', () => {
    expect(extract('Program Co-Payment Group tersebut berjalan.').organizations).toEqual([]);
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
    // "(Perseroda)": a region's own company, as "(Persero)" is the state's.
    ['Bus baru dibeli PT Angkutan Kota Lestari (Perseroda) tahun ini.', 'PT Angkutan Kota Lestari (Perseroda)'],
    ['Direksi PT Sarana Air Minum Kalbar (Perseroda), Budi, hadir.', 'PT Sarana Air Minum Kalbar (Perseroda)'],
    // A word in parentheses that is no company form stays outside the name.
    ['Modal PT Cahaya Laut Biru (Persada) naik.', 'PT Cahaya Laut Biru'],
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
    // A mission with no city after it is the body itself.
    ['Laporan itu dikirim ke KBRI pekan lalu.', 'Kedutaan Besar Republik Indonesia'],
  ])('%s', (text, name) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual([name]);
  });
});

describe('units, regional offices and second names of known bodies', () => {
  it.each([
    // An office of a body with its region: one organisation, of the body's kind.
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
    // A chapter's board written before it belongs to its name, short or written out.
    [
      'Ketua DPW Gabungan Pengusaha Sawit Nusantara (GPSN) Riau, Anton, menolak pungutan itu.',
      'DPW Gabungan Pengusaha Sawit Nusantara (GPSN) Riau',
      'other',
    ],
    [
      'Dewan Pimpinan Cabang Ikatan Nelayan Pantura (INP) Kabupaten Indramayu menggelar rapat.',
      'Dewan Pimpinan Cabang Ikatan Nelayan Pantura (INP) Kabupaten Indramayu',
      'other',
    ],
    // With no board before it, the title stays out of the chapter's name.
    [
      'Wakil Ketua Ikatan Petani Kopi Nusantara (IPKN) Aceh, Budi Santoso, menolak.',
      'Ikatan Petani Kopi Nusantara (IPKN) Aceh',
      'other',
    ],
    // A mission abroad goes by its city, as a state body's office by its region.
    ['Staf KBRI Tokyo mendampingi para pekerja itu.', 'KBRI Tokyo', 'government'],
    ['Menurut KJRI Hong Kong, antrean pemohon sudah terurai.', 'KJRI Hong Kong', 'government'],
    ['Delegasi itu dijamu KBRI Nairobi sebelum terbang ke Uganda.', 'KBRI Nairobi', 'government'],
    // A line of business closes an English name.
    ['Harga timah di London Metal Exchange (LME) melemah.', 'London Metal Exchange', 'company'],
  ])('%s', (text, name, kind) => {
    expect(extract(text).organizations.map((o) => [o.name, o.kind])).toContainEqual([name, kind]);
  });

  it.each([
    // A chain named by its brand is the company that runs it, as the dictionary lists it.
    ['Gerai Alfamart bertambah di kota kecil.', 'PT Sumber Alfaria Trijaya Tbk', ['Alfamart']],
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
    // A faction speaks for its party: the party is named, the faction as written is its short form.
    ['Usulan itu datang dari Fraksi PKS di dewan kota.', 'Partai Keadilan Sejahtera', ['PKS', 'Fraksi PKS']],
    ['Fraksi Partai Golkar menolak kenaikan tarif.', 'Partai Golkar', ['Fraksi Partai Golkar']],
    ['Sikap Fraksi PDI Perjuangan belum bulat.', 'PDI Perjuangan', ['Fraksi PDI Perjuangan']],
    // The parties are listed with their full names and short forms.
    ['Fraksi Demokrat meminta rapat ditunda.', 'Partai Demokrat', ['Demokrat', 'Fraksi Demokrat']],
    [
      'Anggota DPRD Kota Medan dari Fraksi Partai Gerindra, Sari Lubis, menolak. Partai Gerindra juga bersikap sama.',
      'Partai Gerindra',
      ['Fraksi Partai Gerindra'],
    ],
  ])('%s', (text, name, aliases) => {
    const party = extract(text).organizations.find((o) => o.kind === 'other');
    expect([party?.name, party?.aliases]).toEqual([name, aliases]);
    for (const m of party?.mentions ?? []) expect([name, ...aliases]).toContain(text.slice(m.start, m.end));
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
    // Everyday words after a capitalised cue are a kind of body written as a term, no name.
    'Perusahaan Pembiayaan Syariah wajib menyetor laporan bulanan.',
    'Lembaga Keuangan Mikro di desa itu menyalurkan pinjaman.',
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

describe('regencies named by a river and its reach', () => {
  it.each([
    // "Hulu"/"Hilir" (and the Ogan Komering "Ulu"/"Ilir") close a regency's name like a compass word.
    ['Panen karet di Kabupaten Kapuas Hulu naik.', ['Kabupaten Kapuas Hulu']],
    ['Banjir merendam Kabupaten Rokan Hilir dan Kabupaten Sintang.', ['Kabupaten Rokan Hilir', 'Kabupaten Sintang']],
    // Not as the name's first word.
    ['Warga Kabupaten Hulu mengungsi.', []],
  ])('%s', (text, places) => {
    expect(extract(text).places.map((p) => p.name)).toEqual(places);
  });
});

describe('a company and its units', () => {
  it.each([
    // A regional unit after a known company, up to the place it serves, is named as written.
    ['KAI Daop 2 Bandung menambah kereta tambahan.', ['KAI Daop 2 Bandung']],
    ['Gangguan itu ditangani PLN UID Jawa Timur sejak pagi.', ['PLN UID Jawa Timur']],
    [
      'PT PLN (Persero) Unit Induk Distribusi Bali menyiapkan gardu. PLN juga menambah petugas.',
      ['PT PLN (Persero) Unit Induk Distribusi Bali', 'PT PLN (Persero)'],
    ],
    // A post after the company is no unit; a unit word with no place after it leaves the company alone.
    ['Regional Director PT Astra International Tbk Rina Saputri hadir.', ['PT Astra International Tbk']],
    ['PLN Unit terdekat akan dihubungi.', ['PT PLN (Persero)']],
    // A telecom's "Area" is its unit too, and a second region written short before a comma closes it; a first
    // name there is the holder's.
    ['Trafik data Telkomsel Area Jawa Tengah naik 20 persen.', ['Telkomsel Area Jawa Tengah']],
    ['Manajer Telkomsel Area Sumatera Bagut, Rudi Hartono, menyebut trafik naik.', ['Telkomsel Area Sumatera Bagut']],
    ['Manajer Telkomsel Area Bali Wayan, Senin, menyebut trafik naik.', ['Telkomsel Area Bali']],
    // A mission abroad goes by its city, listed or not; with no city it is the embassy itself.
    ['Staf KBRI Nairobi mendampingi delegasi dagang.', ['KBRI Nairobi']],
    ['Menurut KBRI, delegasi tiba Senin.', ['Kedutaan Besar Republik Indonesia']],
    // A state body's branch after "Cabang" and its city.
    ['BPJS Kesehatan Cabang Malang menambah loket.', ['BPJS Kesehatan Cabang Malang']],
    // Negative: "Cabang" with no seat after it names no branch.
    ['Kantor BPJS Kesehatan Cabang baru dibuka di Malang.', ['Badan Penyelenggara Jaminan Sosial Kesehatan']],
    // A regional office (Kanwil) is no parent company: the company named on its own stays apart.
    [
      'PT Pegadaian dan PT Timah Tbk bekerja sama. Pemimpin Wilayah PT Pegadaian Kanwil II Medan, Rudi Hartono, hadir.',
      ['PT Pegadaian', 'PT Timah Tbk', 'PT Pegadaian Kanwil II Medan'],
    ],
    // A subsidiary that begins with its parent's short name is another company, and so is the parent.
    [
      'PT PLN (Persero) lewat subholding PLN Nusantara Power membangun pembangkit.',
      ['PT PLN (Persero)', 'PLN Nusantara Power'],
    ],
  ])('%s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });
});

describe('how Indonesian news writes organisation names', () => {
  it.each([
    // A state body with its region written short is the body under the region's full name.
    [
      'Polda Jawa Timur menangkap dua orang. Polda Jatim menyita barang bukti.',
      [['Polda Jawa Timur', ['Polda Jatim']]],
    ],
    [
      'Pemkab Banyuwangi dan Pemprov Jatim menandatangani nota.',
      [
        ['Pemerintah Kabupaten Banyuwangi', ['Pemkab Banyuwangi']],
        ['Pemerintah Provinsi Jawa Timur', ['Pemprov Jatim']],
      ],
    ],
    // A company's region is not expanded, except a regional development bank's (see below).
    ['Bank Jatim menyalurkan kredit.', [['Bank Pembangunan Daerah Jawa Timur', ['Bank Jatim']]]],
    // A head's acronym before the rest of its name.
    ['Satuan Tugas (Satgas) Pangan memeriksa gudang beras.', [['Satuan Tugas (Satgas) Pangan', ['Satgas Pangan']]]],
    // A ministry and its former name after a slash are one body.
    [
      'Rapat digelar di Kementerian Investasi dan Hilirisasi/Badan Koordinasi Penanaman Modal (BKPM) pekan lalu.',
      [['Kementerian Investasi dan Hilirisasi/Badan Koordinasi Penanaman Modal', ['BKPM']]],
    ],
    // A line of business closes a name: an investor's partners, a carmaker's motors.
    ['Putaran itu dipimpin Kencana Capital Partners.', [['Kencana Capital Partners', []]]],
    ['Penjualan Mitsubishi Motors naik tipis.', [['Mitsubishi Motors', []]]],
    // A word before the company's short name in parentheses belongs to its legal name; the brand alone is it too.
    [
      'Direktur PT Dompet Nusantara Indonesia Kita (Dompetku Indonesia), Sari Dewi, menjelaskan.',
      [['PT Dompet Nusantara Indonesia Kita', ['Dompetku Indonesia']]],
    ],
    [
      'PT Espay Debit Indonesia Koe (DANA Indonesia) menambah fitur. Pengguna DANA kini bisa menabung emas.',
      [['PT Espay Debit Indonesia Koe', ['DANA Indonesia', 'DANA']]],
    ],
  ])('%s', (text, orgs) => {
    expect(extract(text).organizations.map((o) => [o.name, o.aliases])).toEqual(orgs);
  });

  it.each([
    // Brands named as products after "merek", a list included, are no companies; the owner is.
    ['Produsen merek Polytron menambah lini.', []],
    ['Transsion, induk merek Infinix, Tecno dan itel, memimpin pasar.', ['Transsion']],
    // Two brands joined by "atau" are two companies: only a legal name has a second name after "atau".
    ['Pengguna GoPay atau ShopeePay bertambah.', ['GoPay', 'ShopeePay']],
  ])('%s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });
});

describe('commissions of a legislature', () => {
  it('names a commission written as a body with its chamber, known by the chamber too, and its later short uses', () => {
    const text =
      'Komisi VII DPR RI menyetujui pagu baru. Ketua Komisi VII DPR Budi Santoso meminta laporan. Hasilnya diserahkan kepada Komisi VII pekan depan.';
    const r = extract(text);
    expect(r.organizations.map((o) => [o.name, o.aliases])).toEqual([
      ['Komisi VII DPR RI', ['DPR RI', 'Dewan Perwakilan Rakyat', 'Komisi VII DPR', 'DPR', 'Komisi VII']],
    ]);
    // After a title the commission stays in the post.
    expect(r.persons.map((p) => p.role)).toEqual(['Ketua Komisi VII']);
  });

  it('keeps the commission in the post after a title, and the chamber as the body known by the commission too', () => {
    const r = extract('Anggota Komisi I DPR RI Budi Santoso menilai anggaran kurang.');
    expect(r.organizations.map((o) => [o.name, o.aliases])).toEqual([
      ['Dewan Perwakilan Rakyat', ['Komisi I DPR RI', 'DPR RI']],
    ]);
    expect(r.persons.map((p) => [p.role, p.affiliation])).toEqual([['Anggota Komisi I', 'Dewan Perwakilan Rakyat']]);
  });

  it.each([
    ['Rapat bersama Komisi C DPRD Kota Malang digelar Senin.', [['Komisi C DPRD Kota Malang', ['DPRD Kota Malang']]]],
    // A province's chamber goes by the province without its level word and by its short form: one body.
    [
      'Wakil Ketua Komisi C DPRD Provinsi Jawa Tengah, Budi Santoso, meminta data. DPRD Jateng memanggil dinas.',
      [['DPRD Provinsi Jawa Tengah', ['Komisi C DPRD Provinsi Jawa Tengah', 'DPRD Jawa Tengah', 'DPRD Jateng']]],
    ],
    // A Direktorat Jenderal written out, then as "Ditjen": one body.
    [
      'Direktorat Jenderal Perhubungan Laut memanggil operator kapal. Ditjen Perhubungan Laut juga menunda izin.',
      [['Direktorat Jenderal Perhubungan Laut', ['Ditjen Perhubungan Laut']]],
    ],
    // Another province's chamber stays apart.
    [
      'Ketua Komisi B DPRD Provinsi Jawa Barat, Budi Santoso, meminta data. DPRD Jawa Timur menolak usulan itu.',
      [
        ['DPRD Provinsi Jawa Barat', ['Komisi B DPRD Provinsi Jawa Barat', 'DPRD Jawa Barat']],
        ['DPRD Jawa Timur', []],
      ],
    ],
    // A commission with no chamber, met first, is no body of its own; a commission of another kind is listed.
    ['Komisi II meminta data tambahan.', []],
    ['Komisi Pengawas Persaingan Usaha memanggil dua perusahaan.', [['Komisi Pengawas Persaingan Usaha', []]]],
  ])('%s', (text, orgs) => {
    expect(extract(text).organizations.map((o) => [o.name, o.aliases])).toEqual(orgs);
  });
});

describe('regional offices and units written with their acronym', () => {
  it.each([
    // The region after a body's acronym, with its level word, makes the regional office; it goes by the acronym
    // and region too, so a later short form of the region is the same office (a head's own acronym likewise).
    [
      'Dinas Perhubungan (Dishub) Kota Malang menutup jalan itu.',
      [['Dinas Perhubungan (Dishub) Kota Malang', ['Dishub', 'Dishub Kota Malang']]],
    ],
    [
      'Kepolisian Daerah (Polda) Jawa Tengah menangkap pelaku. Polda Jateng menyita dua truk.',
      [['Kepolisian Daerah (Polda) Jawa Tengah', ['Polda Jawa Tengah', 'Polda Jateng']]],
    ],
    // A place and its quarter name one regency.
    ['Pemerintah Kabupaten Lombok Tengah menyiapkan lahan.', [['Pemerintah Kabupaten Lombok Tengah', []]]],
    // An office's acronym may come between the body and its region; the office goes by the acronym's last word
    // and the region, so a later short form with the region written short is the same office.
    [
      'Kantor Perwakilan Bank Indonesia (KPwBI) Provinsi Jawa Timur mencatat inflasi.',
      [['Kantor Perwakilan Bank Indonesia (KPwBI) Provinsi Jawa Timur', ['KPwBI Jawa Timur']]],
    ],
    [
      'Kantor Perwakilan Bank Indonesia (KPw BI) Provinsi Sulawesi Selatan menambah kas keliling. BI Sulsel membuka 30 titik penukaran.',
      [['Kantor Perwakilan Bank Indonesia (KPw BI) Provinsi Sulawesi Selatan', ['BI Sulawesi Selatan', 'BI Sulsel']]],
    ],
    [
      'Kepala Perwakilan BI Kaltim, Rina Kusuma, menyebut inflasi terkendali. Kantor Perwakilan Bank Indonesia (KPw BI) Provinsi Kalimantan Timur menambah kas keliling.',
      [['BI Kaltim', ['BI Kalimantan Timur', 'Kantor Perwakilan Bank Indonesia (KPw BI) Provinsi Kalimantan Timur']]],
    ],
    // Negative: a body with no region after its acronym is the body itself, with no regional short form.
    ['Kantor Perwakilan Bank Indonesia (KPw BI) menggelar pameran.', [['Bank Indonesia', ['KPw BI']]]],
    // A regional office written short; a Balai named with the city it sits in.
    ['Kanwil DJP Jakarta Barat menagih tunggakan.', [['Kanwil DJP Jakarta Barat', ['DJP Jakarta Barat']]]],
    ['Balai Besar POM di Semarang menyita kosmetik.', [['Balai Besar POM di Semarang', []]]],
    // A numbered unit needs no place; a unit met again under its own short name is the same unit.
    ['Pelindo Regional 2 menambah dermaga.', [['Pelindo Regional 2', ['Regional 2']]]],
    // Any body's branch with its seat; a company's unit after the short name the text gave it.
    [
      'BPJS Ketenagakerjaan Cabang Pekanbaru membayar klaim pekerja.',
      [['BPJS Ketenagakerjaan Cabang Pekanbaru', ['Cabang Pekanbaru']]],
    ],
    [
      'PT Sinar Tambang Nusantara (STN) menambah kapal. STN Regional 2 menerima kapal pertama.',
      [
        ['PT Sinar Tambang Nusantara', ['STN']],
        ['STN Regional 2', ['Regional 2']],
      ],
    ],
    // Negative: "Cabang" with no seat after it is no branch.
    ['BPJS Kesehatan Cabang utama tetap buka.', [['Badan Penyelenggara Jaminan Sosial Kesehatan', ['BPJS Kesehatan']]]],
    [
      'PT PLN (Persero) Unit Induk Wilayah Nusa Tenggara Barat (UIW NTB) menambah gardu. PLN UIW NTB juga merekrut petugas.',
      [
        [
          'PT PLN (Persero) Unit Induk Wilayah Nusa Tenggara Barat',
          ['Unit Induk Wilayah Nusa Tenggara Barat', 'UIW NTB', 'PLN UIW NTB'],
        ],
      ],
    ],
    // An association's chapter after "Wilayah" and its region, written after the acronym.
    [
      'Ikatan Dokter Indonesia (IDI) Wilayah Jawa Timur menggelar seminar.',
      [['Ikatan Dokter Indonesia (IDI) Wilayah Jawa Timur', ['IDI']]],
    ],
    // A graded office is named with its grade and seat after its acronym, and goes by the acronym with them.
    [
      'Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC) Tipe Madya Pabean A Batam menyita ponsel ilegal.',
      [
        [
          'Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC) Tipe Madya Pabean A Batam',
          ['KPPBC', 'KPPBC Tipe Madya Pabean A Batam'],
        ],
      ],
    ],
    [
      'Kantor Pelayanan Pajak (KPP) Pratama Surabaya Rungkut membuka pojok pajak.',
      [['Kantor Pelayanan Pajak (KPP) Pratama Surabaya Rungkut', ['KPP', 'KPP Pratama Surabaya Rungkut']]],
    ],
    // A cooperative's acronym names its kind; its own name follows, and goes with the acronym later on.
    [
      'Jaksa memeriksa Koperasi Simpan Pinjam (KSP) Mitra Sejahtera Abadi pekan lalu. KSP Mitra Sejahtera Abadi menunggak.',
      [['Koperasi Simpan Pinjam (KSP) Mitra Sejahtera Abadi', ['KSP', 'KSP Mitra Sejahtera Abadi']]],
    ],
    [
      'Kelompok Tani (Poktan) Subur Makmur menerima bantuan benih. Poktan Subur Makmur menanam jagung.',
      [['Kelompok Tani (Poktan) Subur Makmur', ['Poktan Subur Makmur']]],
    ],
    // Negative: a first name after the grade is the holder's, so the grade does not join the name.
    ['Ketua Persatuan Insinyur Indonesia (PII) Madya Budi Santoso hadir.', [['Persatuan Insinyur Indonesia', ['PII']]]],
  ])('%s', (text, orgs) => {
    expect(extract(text).organizations.map((o) => [o.name, o.aliases])).toEqual(orgs);
  });
});

describe('regional banks, research centres, legislatures and factories', () => {
  it.each([
    // A regional development bank written short ("Bank Jambi") is the bank its legal name spells out.
    [
      'Bank Jambi menyalurkan KUR. Direktur PT Bank Pembangunan Daerah Jambi, Rudi Hartono, menyebut kredit naik.',
      [['PT Bank Pembangunan Daerah Jambi', ['Bank Pembangunan Daerah Jambi', 'Bank Jambi']]],
    ],
    // A research centre is named with its university.
    [
      'Pusat Studi Energi Universitas Gadjah Mada merilis kajian baru.',
      [['Pusat Studi Energi Universitas Gadjah Mada', []]],
    ],
    // A regional legislature written in full before its acronym and region.
    [
      'Dewan Perwakilan Rakyat Daerah (DPRD) Kota Bekasi mengesahkan anggaran. DPRD Kota Bekasi juga menyetujui pinjaman.',
      [['Dewan Perwakilan Rakyat Daerah (DPRD) Kota Bekasi', ['DPRD', 'DPRD Kota Bekasi']]],
    ],
    // A subsidiary named after its parent's legal name is a company of its own.
    [
      'PT Sinar Gas Tuban Laut mengebor sumur baru. Perusahaan itu anak usaha PT Sinar Gas, yang melantai di bursa.',
      [
        ['PT Sinar Gas Tuban Laut', []],
        ['PT Sinar Gas', []],
      ],
    ],
    // Negative: a legal name written again without its legal suffix is the same company.
    [
      'PT Kayu Lestari Mandiri (Perseroda) menambah modal. PT Kayu Lestari Mandiri juga membagi dividen.',
      [['PT Kayu Lestari Mandiri (Perseroda)', ['PT Kayu Lestari Mandiri']]],
    ],
  ])('%s', (text, orgs) => {
    expect(extract(text).organizations.map((o) => [o.name, o.aliases])).toEqual(orgs);
  });

  it("keeps a maker's factory apart from the brand", () => {
    const text = 'Yamaha menambah model. PT Yamaha Indonesia Motor Manufacturing menaikkan produksi.';
    expect(extract(text).organizations.map((o) => o.name)).toEqual([
      'Yamaha',
      'PT Yamaha Indonesia Motor Manufacturing',
    ]);
  });
});

describe('bodies named with a joined field or an acronym', () => {
  it.each([
    // "dan" and one more word before the body's region belong to the name.
    [
      'Asosiasi Petani Tebu dan Gula Jawa Tengah meminta harga dinaikkan.',
      ['Asosiasi Petani Tebu dan Gula Jawa Tengah'],
    ],
    // "Lembaga …" is a body when its acronym follows; otherwise it names a kind of body.
    [
      'Ekonom Lembaga Riset Pangan Nusantara (LRPN), Dewi Lestari, menilai harga naik.',
      ['Lembaga Riset Pangan Nusantara'],
    ],
    ['Pengawasan lembaga keuangan diperketat, termasuk Lembaga Keuangan Mikro di desa.', []],
  ])('%s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });
});

describe('bodies that share a short form', () => {
  it('keeps a body and its regional offices apart though all go by the same acronym', () => {
    const text =
      'Badan Pusat Statistik (BPS) mencatat inflasi nasional turun. Badan Pusat Statistik (BPS) Provinsi Jawa Timur mencatat inflasi daerah naik. Badan Pusat Statistik (BPS) Jawa Tengah ikut merilis data.';
    expect(extract(text).organizations.map((o) => o.name)).toEqual([
      'Badan Pusat Statistik',
      'Badan Pusat Statistik (BPS) Provinsi Jawa Timur',
      'Badan Pusat Statistik (BPS) Jawa Tengah',
    ]);
  });
});

describe('where a body ends and its holder begins', () => {
  it.each([
    // TITLE BODY NAME, the name met again on its own: the body ends where the name begins.
    [
      'Sekretaris Jenderal Kementerian Perdagangan Suhanto membuka pameran. Menurut Suhanto, ekspor naik.',
      'Kementerian Perdagangan',
      'Suhanto',
    ],
    [
      'Kepala Ekonom Bank Permata Josua Pardede menilai inflasi terkendali. "Harga stabil," kata Josua.',
      'Bank Permata',
      'Josua Pardede',
    ],
    [
      'Rektor Universitas Trisakti Kadarsah Suryadi membuka kuliah umum. Kadarsah menyebut peminat naik.',
      'Universitas Trisakti',
      'Kadarsah Suryadi',
    ],
    // "BUMN" after a title is the post's portfolio, not a cue for the name after it.
    ['Menteri BUMN Erick Thohir meminta direksi berhemat.', null, 'Erick Thohir'],
  ])('%s', (text, org, person) => {
    const r = extract(text);
    expect(r.organizations.map((o) => o.name)).toEqual(org ? [org] : []);
    expect(r.persons.map((p) => p.name)).toEqual([person]);
  });

  it.each([
    // A region after its level word is the body's, even when the text names the place alone too.
    'Kepala Dinas Pendidikan Kabupaten Lanny Jaya mengatakan sekolah baru dibuka. Di Lanny Jaya guru masih kurang.',
    // The holder after a comma leaves the body whole.
    'Kepala Balai Taman Nasional Kelimutu, Agus Salim, menyebut kunjungan naik ke Kelimutu.',
    // With no later mention, the words after a title stay the body's.
    'Ketua Kelompok Tani Sumber Rejeki mengatakan panen naik.',
  ])('keeps the body whole in %s', (text) => {
    const r = extract(text);
    expect(r.organizations.map((o) => o.name)).toContainEqual(expect.stringMatching(/(Jaya|Kelimutu|Rejeki)$/));
  });
});

describe('companies the sentence shapes as companies', () => {
  it.each([
    // A description after a comma that opens with a cue word.
    ['FNSS, perusahaan pertahanan asal Turki, meneken kontrak baru.', 'FNSS'],
    ['Pembeli terbesar adalah Nexora Datahub, operator pusat data asal Singapura.', 'Nexora Datahub'],
    ['Namun Tirta Sejuk, produsen air minum kemasan, menolak usulan itu.', 'Tirta Sejuk'],
    // What books a profit or sales is a company.
    ['Sinar Baja mencatatkan laba bersih Rp 20 miliar.', 'Sinar Baja'],
    ['Tahun lalu Kencana Baja membukukan pendapatan Rp 2 triliun.', 'Kencana Baja'],
    // "pihak X", "lembaga riset X"; everyday words after a cue, and a one-word place closing the name.
    ['Sementara itu, pihak Tokoseru belum menanggapi keluhan.', 'Tokoseru'],
    ['Lembaga riset pasar Rasa Data Indonesia memperkirakan pasar naik.', 'Rasa Data Indonesia'],
    // English company words, joined by "&".
    ['Kalani Hotels & Resorts menambah dua properti di Bali.', 'Kalani Hotels & Resorts'],
    // After "and" or "&", any word of the name.
    ['Perangkat itu dipasok Lumina Solutions and Systems sejak tahun lalu.', 'Lumina Solutions and Systems'],
    ['Mahkota Research and Consulting merilis laporan pekan lalu.', 'Mahkota Research and Consulting'],
    // The home country after "asal" is no part of the name.
    ['Pabrik itu milik produsen baja asal Jepang Nippon Holdings, mitra lama perseroan.', 'Nippon Holdings'],
    // One resort is a company too, a place inside its name included.
    ['Kenanga Bay Resort menambah 40 vila di Lombok.', 'Kenanga Bay Resort'],
    ['Nusantara Logistics membuka gudang baru di Surabaya.', 'Nusantara Logistics'],
    // A celebrity's management company.
    ['Penyanyi itu datang bersama manajernya dari Rembulan Entertainment, Kamis lalu.', 'Rembulan Entertainment'],
    // A company's regional arm.
    ['Menurut Ciptadana Sekuritas Asia, saham bank menarik.', 'Ciptadana Sekuritas Asia'],
  ])('%s', (text, name) => {
    const r = extract(text);
    expect(r.organizations.map((o) => o.name)).toContain(name);
    expect(r.persons).toEqual([]);
  });

  it.each([
    // A person described after a comma, a cue word that does not open the description, one everyday word.
    ['Budi Santoso, pendiri perusahaan itu, mengatakan pasar tumbuh.', []],
    ['Bayu, perusahaan mana pun boleh ikut.', []],
    ['Menurut Cindy, bank juga memperoleh pinjaman sindikasi.', []],
    ['Perusahaan Data menjadi incaran.', []],
    ['Solar dijual ke perusahaan tambang galian C di Dumai.', []],
    ['Hotel dan resort di Bali penuh pada akhir pekan.', []],
    ['Festival Entertainment Jakarta digelar akhir pekan ini.', []],
    ['Wisatawan asal Jepang memadati Bali.', []],
  ])('finds no company in %s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });

  it('joins no two companies over an Indonesian "dan"', () => {
    const r = extract('Kerja sama itu melibatkan Borneo Capital dan Bank Kalbar.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Borneo Capital', 'Bank Pembangunan Daerah Kalimantan Barat']);
  });

  it('leaves a department after a title to the title', () => {
    const r = extract('Vice President Operations Kalani Hotels & Resorts, Marcus Hale, mengatakan okupansi naik.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Kalani Hotels & Resorts']);
    expect(r.persons[0]).toMatchObject({ name: 'Marcus Hale', role: 'Vice President Operations' });
  });

  // "Sheraton Lombok Resort": the place inside the name no longer cuts it, leaving "Resort" as the holder.
  it('reads a resort with a place in its name whole before or after the holder', () => {
    for (const text of [
      'Pierre Dubois, General Manager Sheraton Lombok Resort, mengatakan okupansi naik.',
      'General Manager Sheraton Lombok Resort, Anisa Putri, mengatakan okupansi naik.',
    ]) {
      const r = extract(text);
      expect(r.organizations.map((o) => o.name)).toEqual(['Sheraton Lombok Resort']);
      expect(r.persons.map((p) => p.name)).not.toContain('Resort');
    }
  });
});

describe('a hyphenated word in a company name', () => {
  it.each([
    // Read leftwards from its suffix, a company name takes a hyphenated word as one word.
    ['PT Uni-Charm Indonesia Tbk mencatat penjualan naik.', 'PT Uni-Charm Indonesia Tbk'],
    ['Coca-Cola Europacific Partners menambah lini produksi.', 'Coca-Cola Europacific Partners'],
    [
      'Presiden Direktur PT Sinar-Jaya Kemasan Tbk, Naoki Takahashi, menyebut ekspor tumbuh.',
      'PT Sinar-Jaya Kemasan Tbk',
    ],
    // Negative: a dash with spaces around it joins nothing.
    ['Laba naik tipis - Cakra Sekuritas mencatat hal itu.', 'Cakra Sekuritas'],
  ])('%s', (text, name) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual([name]);
  });
});

describe('the maker of a brand named back', () => {
  // "Produsen X itu": the maker of the brand X, a company named before; X is its product, no company.
  it.each([
    'Produsen MamyPoko itu memilih memperbanyak kemasan kecil.',
    'Pabrikan Avanza tersebut menambah satu shift produksi.',
    'Induk Kopiko itu membuka pabrik baru di Cikarang.',
  ])('finds no company in %s', (text) => {
    expect(extract(text).organizations).toEqual([]);
  });

  // Negative: without "itu"/"tersebut" the cue still names the company.
  it('still finds the company in "Produsen BYD menambah diler."', () => {
    expect(extract('Produsen BYD menambah diler.').organizations.map((o) => o.name)).toEqual(['BYD']);
  });
});

describe('a pension fund', () => {
  it.each([
    // "Dana Pensiun" heads a fund's name, and a company after it is its founder, part of the name.
    ['Dana Pensiun Perhutani menambah porsi obligasi negara.', 'Dana Pensiun Perhutani'],
    ['Direktur Utama Dana Pensiun Pertamina, Rina Kusuma, mengatakan imbal hasil naik.', 'Dana Pensiun Pertamina'],
    ['Dana Pensiun Bank Mandiri mencatat iuran tumbuh tahun ini.', 'Dana Pensiun Bank Mandiri'],
  ])('%s', (text, name) => {
    expect(
      extract(text).organizations.find((o) => o.name === name),
      text,
    ).toMatchObject({ kind: 'company' });
  });

  // Negative: the words in a regulator's portfolio, or in lower case, name no fund.
  it.each([
    'Kepala Eksekutif Pengawas Perasuransian, Penjaminan, dan Dana Pensiun OJK Ogi Prastomiyono menerbitkan aturan.',
    'Aset dana pensiun tumbuh 6 persen tahun ini.',
  ])('finds no fund in %s', (text) => {
    expect(
      extract(text)
        .organizations.map((o) => o.name)
        .filter((n) => n.startsWith('Dana')),
    ).toEqual([]);
  });
});

describe('names that are not companies or bodies', () => {
  it.each([
    'Pengunjung Jakarta Coffee Week mencapai 30 ribu orang.',
    'Investor melirik Nusantara Capital City sebagai lokasi kantor.',
    'Festival Kuliner Nusantara Group digelar pekan depan.',
    'Pameran Indonesia Research Expo dibuka hari ini.',
    'Sebanyak 40 Badan Usaha Milik Desa mendapat modal.',
    // A product after the word that says which kind of product, in any case.
    'Pembeli paling banyak memesan varian Rasa Nusa Coffee Gula Aren.',
    'Menu Es Teh Tarik Express hanya dijual pagi hari.',
    'Pengguna bisa memilih paket Hemat Data Solutions mulai Rp 50 ribu.',
    'RS di daerah itu penuh sejak pekan lalu.',
    // A title after "bertajuk" names a campaign, a song or a book.
    'Perseroan meluncurkan kampanye bertajuk Senyum Bersama Group di televisi.',
  ])('finds none in %s', (text) => {
    expect(extract(text).organizations).toEqual([]);
  });

  it.each([
    ['Pengadilan Niaga Jakarta Pusat mengabulkan permohonan itu.', 'Pengadilan Niaga Jakarta Pusat'],
    ['Indonesia Investment Authority menyiapkan dana baru.', 'Indonesia Investment Authority'],
    ['Tomoro Coffee Indonesia membuka gerai di Medan.', 'Tomoro Coffee Indonesia'],
    ['Menu baru itu dipasok Rasa Nusa Coffee sejak Mei.', 'Rasa Nusa Coffee'],
    // "RS" opens a hospital's name as "Rumah Sakit" does.
    ['Pasien itu dirujuk ke RS Harapan Sehat Kupang pekan lalu.', 'RS Harapan Sehat Kupang'],
  ])('still finds %s', (text, name) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual([name]);
  });
});

describe('a brand named with the company that runs it', () => {
  it.each([
    ['Di posisi kedua ada Biznet, merek milik PT Supra Primatama Nusantara. Biznet menambah kota.', 'Biznet'],
    ['Kredivo, yang dioperasikan PT FinAccel Finance Indonesia, berhemat. Kredivo punya 12 juta pengguna.', 'Kredivo'],
  ])('%s', (text, brand) => {
    const orgs = extract(text).organizations;
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.aliases).toContain(brand);
    expect(orgs[0]?.mentions).toHaveLength(3);
  });

  it.each([
    ['PT Fashion Eservices Indonesia, pengelola Zalora, menambah gudang. Zalora menargetkan laba.', 'Zalora'],
    [
      'Gerai baru dibuka PT Sumber Alfaria Trijaya Tbk (AMRT), pengelola Alfamart, di Medan. Alfamart kini 20 ribu gerai.',
      'Alfamart',
    ],
  ])('names a company by the brand it runs after ", pengelola": %s', (text, brand) => {
    const orgs = extract(text).organizations;
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.aliases).toContain(brand);
  });

  it.each([
    'PT Angkasa Pura Indonesia, pengelola Bandara Soekarno-Hatta, menambah gerbang.',
    'PT Rumah Sehat Nusantara, pengelola Rumah Sakit Sehat Nusantara, menambah dokter.',
    'PT Bali Tourism Development Corporation, pengelola Nusa Dua, menambah hotel.',
  ])('gives a company no venue, body or place it runs as a name: %s', (text) => {
    expect(extract(text).organizations[0]?.aliases).toEqual([]);
  });

  it('leaves a product owned by a company out of its names', () => {
    const [org] = extract('Survei mencatat IndiHome milik PT Telekomunikasi Selular masih memimpin.').organizations;
    expect(org?.aliases).toEqual([]);
  });
});

describe('long names with inner suffixes and lists', () => {
  it.each([
    ['Pembeli utamanya adalah Hoshino Coffee Trading Co., Ltd dari Jepang.', ['Hoshino Coffee Trading Co., Ltd']],
    [
      'Dinas Koperasi, UKM dan Perdagangan Kota Bogor membuka bazar.',
      ['Dinas Koperasi, UKM dan Perdagangan Kota Bogor'],
    ],
    // An acronym a body owns is the next item of a list of bodies.
    [
      'Data Kementerian Perdagangan, BPS, dan Bank Indonesia menunjukkan harga naik.',
      ['Kementerian Perdagangan', 'Badan Pusat Statistik', 'Bank Indonesia'],
    ],
  ])('%s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });
});

describe('names that go on past a place or a first name', () => {
  it.each([
    ['Ketua Fraksi Partai Gerakan Indonesia Raya (Gerindra) itu menilai pajak.', 'Partai Gerakan Indonesia Raya'],
    ['Anak usahanya, PT Indonesia Ferry Properti, menambah gerai.', 'PT Indonesia Ferry Properti'],
    [
      'Gaji pegawai dibayar lewat PT Bank Pembangunan Daerah Nusa Tenggara Barat dan Bali (Bank NTBB) tiap bulan.',
      'PT Bank Pembangunan Daerah Nusa Tenggara Barat dan Bali',
    ],
  ])('%s', (text, name) => {
    expect(extract(text).organizations.map((o) => o.name)).toContain(name);
  });

  it('ends a PT name at a first name with no company word after it', () => {
    const r = extract('Direktur PT Sinar Abadi Ferry Santoso mengatakan pabrik siap.');
    expect(r.organizations.map((o) => o.name)).toEqual(['PT Sinar Abadi']);
    expect(r.persons.map((p) => p.name)).toEqual(['Ferry Santoso']);
  });
});

describe('a company named as the owner of a company', () => {
  it.each([
    ['Perseroan yang dikendalikan Kalvora Materials itu membuka gudang baru.', ['Kalvora Materials']],
    ['Perusahaan susu itu menjadi bagian dari Royal MelkaDairy sejak 2019.', ['Royal MelkaDairy']],
    ['Emiten itu merupakan anak usaha Sarana Pangan Global.', ['Sarana Pangan Global']],
  ])('%s', (text, names) => {
    const r = extract(text);
    expect(r.organizations.map((o) => o.name)).toEqual(names);
    expect(r.persons).toEqual([]);
  });

  it.each([
    // An owner who may be a person (no company word, no camel case) is no company.
    'Perusahaan yang dikendalikan Hendra Gunawan itu menambah modal.',
    'Perseroan milik Dewi Lestari itu membuka gerai.',
  ])('finds no company in %s', (text) => {
    expect(extract(text).organizations).toEqual([]);
  });
});

describe('a department qualified after "of" is the post’s', () => {
  it('keeps "Equity Research" in the post, not the company', () => {
    const r = extract('Head of Equity Research Mandala Sekuritas, Rudi Hartanto, menilai saham bank murah.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Mandala Sekuritas']);
  });

  it('keeps a research institute whole when no "of" stands before it', () => {
    const r = extract('Peneliti Stockholm Research Institute, Anna Berg, menilai belanja naik.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Stockholm Research Institute']);
  });
});

describe('regional boards, short ministry names and holders after a company', () => {
  it.each([
    ['Ketua DPD Partai Gerindra Jawa Barat Budi Santoso mengatakan kader siap.', 'Partai Gerindra'],
    ['Ketua DPD Aprindo Jawa Timur Agus Wijaya mengatakan penjualan naik.', 'Asosiasi Pengusaha Ritel Indonesia'],
    // The chamber itself, with no body after it, stays the Dewan Perwakilan Daerah.
    ['Anggota DPD asal Bali, Made Mangku, menolak usulan itu.', 'Dewan Perwakilan Daerah'],
    ['Jubir Kemlu Rolliansyah Soemirat mengatakan WNI aman.', 'Kementerian Luar Negeri'],
  ])('%s', (text, name) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual([name]);
  });

  it.each([
    [
      'Corporate Secretary PT Pertamina Patra Niaga Heppy Wulansari mengatakan stok aman. Heppy menambahkan distribusi lancar.',
      'PT Pertamina Patra Niaga',
    ],
    // One word the text writes alone is no holder: it may be the company's own last word.
    [
      'Direktur PT Sumber Alfaria Trijaya mengatakan stok aman. Menurut Trijaya, gerai bertambah.',
      'PT Sumber Alfaria Trijaya',
    ],
  ])('%s', (text, name) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual([name]);
  });
});

describe('news media and unknown companies as sources', () => {
  it.each([
    ['Menurut Bloomberg, harga nikel turun sepekan.', 'Bloomberg'],
    ['Menurut Katadata Insight Center, minat belanja naik.', 'Katadata Insight Center'],
    ['Reuters melaporkan pabrik itu berhenti beroperasi.', 'Reuters'],
    ['Hanbit Mobility menyebut pabrik baterainya siap beroperasi.', 'Hanbit Mobility'],
  ])('%s', (text, name) => {
    const r = extract(text);
    expect(r.organizations.map((o) => o.name)).toEqual([name]);
    expect(r.persons).toEqual([]);
  });

  it('keeps an unknown name after "Menurut" a person', () => {
    const r = extract('Menurut Budiman Sudjatmiko, harga naik.');
    expect(r.organizations).toEqual([]);
    expect(r.persons.map((p) => p.name)).toEqual(['Budiman Sudjatmiko']);
  });
});

describe('the maker named right after "produksi"', () => {
  it('reads the name right after "produksi" as a company', () => {
    const r = extract('Vidio menayangkan 14 drama baru produksi Hanul ENM tahun ini.');
    expect(r.organizations.map((o) => o.name)).toContain('Hanul ENM');
  });

  it('reads a name after "produksi" and a product kind as the product', () => {
    const r = extract('Ia mengawasi bagian produksi pesawat Hawk di pabrik itu.');
    expect(r.organizations).toEqual([]);
  });
});

describe('immigration and land offices, and what a cue does not reach', () => {
  it.each([
    ['Kantor Imigrasi Kelas I TPI Manado juga menambah enam autogate.', 'Kantor Imigrasi Kelas I TPI Manado'],
    [
      'Kepala Kantor Pertanahan Kabupaten Bogor Budi Santoso menyebut sertifikat terbit.',
      'Kantor Pertanahan Kabupaten Bogor',
    ],
    // Tax, treasury and harbour-master offices are opened by "Kantor" and their service as well.
    [
      'Kantor Pelayanan Pajak Madya Semarang menagih tunggakan 40 wajib pajak.',
      'Kantor Pelayanan Pajak Madya Semarang',
    ],
    [
      'Kepala Kantor Pelayanan Perbendaharaan Negara (KPPN) Malang, Wahyu Hidayat, menyebut dana desa cair.',
      'Kantor Pelayanan Perbendaharaan Negara (KPPN) Malang',
    ],
    [
      'Kepala Kantor Kesyahbandaran Utama Tanjung Priok, Rudi Hartono, menunda keberangkatan kapal.',
      'Kantor Kesyahbandaran Utama Tanjung Priok',
    ],
    // A national committee, an airport authority's regional office and a weather station are state bodies too.
    [
      'Komite Nasional Keselamatan Transportasi menerbitkan laporan awal tabrakan kereta itu.',
      'Komite Nasional Keselamatan Transportasi',
    ],
    [
      'Kepala Kantor Otoritas Bandar Udara Wilayah II Medan, Agus Salim, menutup landasan dua jam.',
      'Kantor Otoritas Bandar Udara Wilayah II Medan',
    ],
    ['Stasiun Meteorologi Maritim Bitung memperkirakan ombak tinggi.', 'Stasiun Meteorologi Maritim Bitung'],
    // A port authority's office is named with its grade and seat after its short name.
    [
      'Kantor Syahbandar dan Otoritas Pelabuhan (KSOP) Utama Makassar menahan dua kapal.',
      'Kantor Syahbandar dan Otoritas Pelabuhan (KSOP) Utama Makassar',
    ],
  ])('%s', (text, name) => {
    expect(extract(text).organizations.map((o) => [o.name, o.kind])).toEqual([[name, 'government']]);
  });

  it.each([
    // The building, with no office named, is no body.
    'Ia datang ke Kantor Imigrasi untuk mengurus paspor.',
    'Ia melapor ke kantor pelayanan pajak terdekat sebelum akhir Maret.',
    // A railway station is a place, not a body.
    'Penumpang menunggu kereta di Stasiun Gambir sejak subuh.',
    // "soal", "tentang", "terkait" end a cue's reach: what follows is the topic, not the company.
    'Ia mengingatkan produsen soal wajib Standar Nasional Indonesia (SNI) untuk cat tembok.',
    'Pemerintah menyurati perusahaan terkait aturan Tata Niaga Impor yang baru.',
  ])('finds no body in %s', (text) => {
    expect(extract(text).organizations).toEqual([]);
  });
});

describe('a company in apposition to a cue and its origin', () => {
  it.each([
    [
      'Pindad menggandeng produsen asal Turki, Kaplan Savunma Sistemleri, untuk tank baru.',
      'Kaplan Savunma Sistemleri',
    ],
    ['Perusahaan asal Korea Selatan, Sumi Kogyo, membuka pabrik di Cikarang.', 'Sumi Kogyo'],
    [
      'Gaji pegawai dibayar lewat PT Bank Pembangunan Daerah Nusa Tenggara Barat dan Bali (Bank NTBB) tiap bulan.',
      'PT Bank Pembangunan Daerah Nusa Tenggara Barat dan Bali',
    ],
  ])('%s', (text, name) => {
    expect(extract(text).organizations.map((o) => o.name)).toContain(name);
  });

  it('reads no company after a person described by origin', () => {
    expect(extract('Turis asal Australia, Kevin Morgan, datang ke Lombok.').organizations).toEqual([]);
  });
});

describe('a company unit serving a list of regions', () => {
  it('names the unit with every region it serves', () => {
    const r = extract(
      'General Manager Pertamina Patra Niaga Regional Jawa Timur, Bali, dan Nusa Tenggara, Rudi Hartanto, menyebut stok aman.',
    );
    expect(r.organizations.map((o) => o.name)).toEqual([
      'Pertamina Patra Niaga Regional Jawa Timur, Bali, dan Nusa Tenggara',
    ]);
  });

  it('stops at a "dan" that joins no region', () => {
    const r = extract('PLN UID Jawa Timur dan warga Surabaya membersihkan gardu.');
    expect(r.organizations.map((o) => o.name)).toEqual(['PLN UID Jawa Timur']);
  });
});

describe("a holder's title written short inside a body's name", () => {
  it.each([
    ['Wakil Kepala Polda (Wakapolda) Riau, Brigjen Pol. Johanis Ratu Kaha, menambahkan patroli rutin.', 'Polda Riau'],
    // The body's own acronym stays in its name.
    ['Kepolisian Daerah (Polda) Jawa Tengah menggelar razia.', 'Kepolisian Daerah (Polda) Jawa Tengah'],
  ])('%s', (text, name) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual([name]);
  });
});

describe('an acronym the text spells out in lower case', () => {
  it.each([
    // A tax, a fuel and a credit scheme share their letters with listed parties and bodies: no organisation.
    ['Penerimaan pajak kendaraan bermotor (PKB) naik tahun ini. Target PKB belum tercapai.', []],
    ['Kuota bahan bakar minyak (BBM) bersubsidi ditambah, dan antrean BBM mulai berkurang.', []],
    // After a slash too; a cue word before its later use names no company.
    ['Lewat penawaran saham perdana (initial public offering/IPO), ada lima perusahaan dalam antrean IPO.', []],
    // Negative: the party's own name before its acronym, and the acronym alone, stay the party.
    [
      'Ketua Partai Kebangkitan Bangsa (PKB) Jawa Timur datang. Kader PKB ikut hadir.',
      ['Partai Kebangkitan Bangsa (PKB) Jawa Timur'],
    ],
    ['Fraksi dari PKB menolak usulan itu.', ['Partai Kebangkitan Bangsa']],
  ])('%s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });
});

describe('English words that end an organisation name', () => {
  it.each([
    ['Pembiayaan truk disalurkan Toyota Finance Companies (TFC) di Medan.', 'Toyota Finance Companies', ['TFC']],
    // A Malaysian company's legal form.
    ['Induk usahanya, CIMB Group Holdings Berhad, menambah modal.', 'CIMB Group Holdings Berhad', []],
    [
      'Indonesian Plastic Recycling Organization (IPRO) mengumpulkan botol bekas.',
      'Indonesian Plastic Recycling Organization',
      ['IPRO'],
    ],
  ])('%s', (text, name, aliases) => {
    const o = extract(text).organizations.find((x) => x.name === name);
    expect(o).toMatchObject({ name, aliases });
  });

  it.each([
    [
      'Japan External Trade Organization (JETRO) membuka kantor baru di Surabaya.',
      'Japan External Trade Organization',
      'government',
    ],
    // China's customs, which registers every exporter of food to China, by its acronym alone.
    [
      'Eksportir kopi wajib terdaftar di GACC sebelum mengirim ke China.',
      'General Administration of Customs of China',
      'government',
    ],
    // An English name joins its words with "and": the list's name is read whole.
    ['Laporan Food and Agriculture Organization (FAO) terbit pekan ini.', 'Food and Agriculture Organization', 'other'],
  ])('reads a listed body that ends in such a word from the list, with its kind: %s', (text, name, kind) => {
    expect(extract(text).organizations.map((o) => [o.name, o.kind])).toEqual([[name, kind]]);
  });

  // The company that runs the Indomaret chain, as the list names Alfamart's.
  it.each([
    ['PT Indomarco Prismatama, pengelola jaringan Indomaret, membuka gudang. Indomaret juga menambah gerai.'],
    ['Gerai Indomaret di kawasan itu buka 24 jam.'],
  ])('reads Indomaret as its operator: %s', (text) => {
    expect(extract(text).organizations.map((o) => [o.name, o.aliases])).toEqual([
      ['PT Indomarco Prismatama', ['Indomaret']],
    ]);
  });

  // The truck maker goes by its own name, not its parent's, and by "Fuso" alone.
  it.each([
    ['Distributor Mitsubishi Fuso menambah diler di Samarinda. Penjualan Fuso naik tahun ini.', 'Mitsubishi Fuso'],
    ['Mitsubishi menambah investasi di Jepang.', 'Mitsubishi'],
  ])('reads the listed name whole: %s', (text, name) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual([name]);
  });

  // The state holding of BRI, Pegadaian and PNM, by its short name.
  it('reads Holding UMi as the Holding Ultra Mikro', () => {
    const r = extract('Holding UMi menyalurkan kredit ke nasabah mikro di Palu.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Holding Ultra Mikro']);
  });

  // Malaysia's halal authority, which exporters of halal goods to Malaysia deal with, by its acronym alone.
  it('reads JAKIM as the Malaysian state body the list names', () => {
    const r = extract('Pabrik sabun itu masih menunggu pengakuan JAKIM untuk pasar Malaysia.');
    expect(r.organizations.map((o) => [o.name, o.kind])).toEqual([['Jabatan Kemajuan Islam Malaysia', 'government']]);
  });

  it('reads no name from a capitalised word before such a word that opens a clause', () => {
    expect(extract('Banyak Companies asing menunda investasi.').organizations).toEqual([]);
  });
});

describe('names that hold "dan", comma lists or reduplicated words', () => {
  it.each([
    [
      'Ketua Asosiasi Produsen Mebel dan Alat-alat Dapur Indonesia (Apmadi) menilai pasar masih lesu.',
      'Asosiasi Produsen Mebel dan Alat-alat Dapur Indonesia',
    ],
    [
      'Balai Besar Pengujian Pupuk, Benih, dan Pestisida Jawa Timur menerima 300 sampel.',
      'Balai Besar Pengujian Pupuk, Benih, dan Pestisida Jawa Timur',
    ],
    [
      'Kepala Dinas Perikanan, Peternakan dan Kehutanan Kabupaten Sikka membuka pasar.',
      'Dinas Perikanan, Peternakan dan Kehutanan Kabupaten Sikka',
    ],
    [
      'Gaji pegawai dibayar lewat PT Bank Pembangunan Daerah Nusa Tenggara Barat dan Bali (Bank NTBB) tiap bulan.',
      'PT Bank Pembangunan Daerah Nusa Tenggara Barat dan Bali',
    ],
  ])('%s', (text, name) => {
    expect(extract(text).organizations.map((o) => o.name)).toContain(name);
  });

  it.each([
    // A company and another body joined by "dan" stay two.
    ['Saham PT Bukit Asam dan Antam (ANTM) naik.', ['PT Bukit Asam', 'Aneka Tambang']],
    [
      'Kontrak diteken PT Wijaya Karya dan Kementerian Perhubungan (Kemenhub) kemarin.',
      ['PT Wijaya Karya', 'Kementerian Perhubungan'],
    ],
    // Two legal names joined by "dan" stay two companies.
    [
      'Kredit itu disalurkan PT Bank Mandiri (Persero) Tbk dan PT Bank Negara Indonesia (Persero) Tbk (BNI).',
      ['PT Bank Mandiri (Persero) Tbk', 'PT Bank Negara Indonesia (Persero) Tbk'],
    ],
    // A person in apposition after a body is no part of its name.
    ['Peneliti dari Universitas Tarumanagara, Sutomo, menilai harga wajar.', ['Universitas Tarumanagara']],
    // A comma list of people after a body is no part of its name.
    ['Pengurus Asosiasi Pengusaha Kopi, Budi, dan Ani hadir di rapat.', ['Asosiasi Pengusaha Kopi']],
  ])('%s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });

  it('ends the name at a lower-case hyphenated word that repeats nothing', () => {
    expect(extract('Asosiasi Pedagang Pasar Tradisional-modern bertemu.').organizations.map((o) => o.name)).toEqual([
      'Asosiasi Pedagang Pasar Tradisional',
    ]);
  });
});

describe('a brand named as a product, with a describing word', () => {
  it('reads the brand after "merek lokal" as the product of the company that owns it', () => {
    const r = extract('Merek lokal Polytron milik PT Hartono Istana Teknologi menambah varian kulkas.');
    expect(r.organizations.map((o) => o.name)).toEqual(['PT Hartono Istana Teknologi']);
  });

  it('keeps a company two words after "merek"', () => {
    const r = extract('Kulkas dengan merek yang dirakit Sharp di Karawang laris.');
    expect(r.organizations.map((o) => o.name)).toContain('Sharp');
  });
});

describe("a country's authorities", () => {
  it.each([
    ['"Otoritas Singapura memeriksa setiap kontainer," kata Budi.', []],
    // Negative: a named authority keeps its name.
    ['Otoritas Jasa Keuangan Singapura menerbitkan aturan baru.', ['Otoritas Jasa Keuangan']],
    ['Otoritas Pelabuhan Singapura menambah dermaga.', ['Otoritas Pelabuhan Singapura']],
  ])('%s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });
});

describe('a legal name and the name the company goes by, joined by "atau"', () => {
  it('reads one company with the second name as its alias', () => {
    const r = extract('Induknya, Sime Darby Plantation Berhad atau SD Plantation Group, menambah kebun.');
    expect(r.organizations.map((o) => [o.name, o.aliases])).toEqual([
      ['Sime Darby Plantation Berhad', ['SD Plantation Group']],
    ]);
  });

  it('keeps two names without a legal form apart', () => {
    const r = extract('Pembeli bisa membayar dengan Astra Financial Group atau Adira Finance Group di diler.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Astra Financial Group', 'Adira Finance Group']);
  });
});

describe('a long body name with its acronym in the middle, after a title', () => {
  it.each([
    [
      'Kepala Dinas Perdagangan, Perindustrian, UMKM dan Tenaga Kerja (Disdagperinaker) Kabupaten Klaten, Rina Wulandari, menyebut omzet naik.',
      'Dinas Perdagangan, Perindustrian, UMKM dan Tenaga Kerja (Disdagperinaker) Kabupaten Klaten',
      'Rina Wulandari',
    ],
    [
      'Kepala Balai Pengujian Mutu Barang, Pangan, dan Obat (BPMBPO) Jawa Timur, Andi Saputra, meninjau gudang itu.',
      'Balai Pengujian Mutu Barang, Pangan, dan Obat (BPMBPO) Jawa Timur',
      'Andi Saputra',
    ],
    [
      'Kepala Dinas Pertanian dan Peternakan (Distanak) Kota Padang, Yoserizal, membuka pasar murah.',
      'Dinas Pertanian dan Peternakan (Distanak) Kota Padang',
      'Yoserizal',
    ],
  ])('%s', (text, body, holder) => {
    const r = extract(text);
    expect(r.organizations.map((o) => o.name)).toEqual([body]);
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([[holder, body]]);
  });

  it('still ends the body before a holder written right after it without an acronym', () => {
    const r = extract('Sekretaris Jenderal Kementerian Perdagangan Suhanto hadir. Menurut Suhanto, stok aman.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Kementerian Perdagangan']);
  });
});

describe('a police directorate with its acronym and then its command', () => {
  it.each([
    [
      'Rilis pers. Direktorat Reserse Narkoba (Ditresnarkoba) Polda Jawa Barat menyita 20 kilogram sabu.',
      'Direktorat Reserse Narkoba (Ditresnarkoba) Polda Jawa Barat',
    ],
    [
      'Rilis pers. Direktorat Lalu Lintas (Ditlantas) Polda Kalimantan Selatan menutup jalan itu.',
      'Direktorat Lalu Lintas (Ditlantas) Polda Kalimantan Selatan',
    ],
  ])('%s', (text, name) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual([name]);
  });

  it('leaves a ministry directorate and the body after its acronym apart', () => {
    const r = extract('Rilis pers. Direktorat Pengembangan Ekspor (Ditbangspor) Kemendag menggelar pelatihan.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Direktorat Pengembangan Ekspor', 'Kementerian Perdagangan']);
  });
});

describe("a listed state body's acronym with a province written bare", () => {
  it('reads "OJK Riau" as the office the text also names with its level word', () => {
    const r = extract('OJK Riau menggelar edukasi. Kepala OJK Provinsi Riau, Budi Santoso, membuka acara itu.');
    expect(r.organizations.map((o) => [o.name, o.aliases])).toEqual([['OJK Provinsi Riau', ['OJK Riau']]]);
    expect(r.persons.map((p) => p.affiliation)).toEqual(['OJK Provinsi Riau']);
  });

  it.each([
    ['Kemarin BPS Bali merilis angka kunjungan wisman.', ['BPS Bali']],
    ['Anggota Komisi II DPR Papua, Yohanis Wenda, meminta dana otsus dipercepat.', ['DPR Papua']],
    // Negative: a place after "di" is where the body works, not its office.
    ['Kemarin OJK di Riau menggelar edukasi.', ['Otoritas Jasa Keuangan']],
    ['Anggota Komisi XI DPR, Misbakhun, menyoroti pajak.', ['Dewan Perwakilan Rakyat']],
  ])('%s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });
});

describe('a bank named by one word, then its holder, after a title', () => {
  it.each([
    ['Ekonom Bank Danamon Hosianna Situmorang menilai inflasi terkendali.', 'Bank Danamon', 'Hosianna Situmorang'],
    ['Analis Bank Mega Rudi Hartono menyebut kredit tumbuh.', 'Bank Mega', 'Rudi Hartono'],
  ])('%s', (text, bank, holder) => {
    const r = extract(`Rilis pers. ${text}`);
    expect(r.organizations.map((o) => o.name)).toEqual([bank]);
    expect(r.persons.map((p) => [p.name, p.affiliation])).toEqual([[holder, bank]]);
  });

  it.each([
    // Negative: a place closes a longer bank name; no holder is read from it.
    ['Direktur Bank Victoria International Indonesia mengatakan kredit naik.', 'Bank Victoria International Indonesia'],
    // Negative: an everyday word belongs to the bank's name.
    ['Direktur Bank Perkreditan Rakyat Sejahtera mengatakan kredit naik.', 'Bank Perkreditan Rakyat Sejahtera'],
  ])('%s', (text, bank) => {
    const r = extract(`Rilis pers. ${text}`);
    expect(r.organizations.map((o) => o.name)).toEqual([bank]);
    expect(r.persons).toEqual([]);
  });
});

describe('the home a cue names after "asal"', () => {
  it.each([
    ['Pabrik itu milik perusahaan tekstil asal Bursa, Turki, yang masuk tahun lalu.', []],
    ['Investornya produsen baterai asal Ningde di Fujian.', []],
    ['Mitra lokalnya menggandeng startup pertanian asal Gifu untuk riset benih.', []],
    // Negative: the company a cue names before its home is still read.
    ['Pabrik itu milik produsen Sinar Tekstil asal Bursa.', ['Sinar Tekstil']],
  ])('%s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });
});

describe('a regional office named once with its region and once without', () => {
  it.each([
    [
      'Rilis pers. Dinas Perikanan menyiapkan bibit. Kepala Dinas Perikanan Kabupaten Bogor, Sri Utami, membuka acara.',
      [['Dinas Perikanan Kabupaten Bogor', ['Dinas Perikanan']]],
    ],
    [
      'Rilis pers. Kepala Dinas Pariwisata Kota Malang, Joko Susilo, menyebut Dinas Pariwisata menambah festival.',
      [['Dinas Pariwisata Kota Malang', ['Dinas Pariwisata']]],
    ],
    // Negative: another office of the same town stays apart.
    [
      'Rilis pers. Dinas Perhubungan menutup jalan. Kepala Dinas Pariwisata Kota Malang, Joko Susilo, setuju.',
      [
        ['Dinas Perhubungan', []],
        ['Dinas Pariwisata Kota Malang', ['Dinas Pariwisata']],
      ],
    ],
  ])('%s', (text, orgs) => {
    expect(extract(text).organizations.map((o) => [o.name, o.aliases])).toEqual(orgs);
  });
});

describe('a company written short with a line of business left out', () => {
  it.each([
    [
      'PT Dompet Digital Sejahtera Tbk menawarkan saham. Direktur Dompet Sejahtera, Andi Wijaya, optimistis.',
      [['PT Dompet Digital Sejahtera Tbk', ['Dompet Sejahtera']]],
    ],
    [
      'PT Sagara Logistik Nusantara membuka gudang. Menurut perusahaan Sagara Nusantara, permintaan naik.',
      [['PT Sagara Logistik Nusantara', ['Sagara Nusantara']]],
    ],
    // Negative: the words must open the name after "PT" and keep its order.
    [
      'PT Dompet Digital Sejahtera Tbk menawarkan saham. Perusahaan Sejahtera Dompet ikut antre.',
      [
        ['PT Dompet Digital Sejahtera Tbk', []],
        ['Sejahtera Dompet', []],
      ],
    ],
  ])('%s', (text, orgs) => {
    expect(extract(text).organizations.map((o) => [o.name, o.aliases])).toEqual(orgs);
  });
});

describe('a hospital named with "Rumah Sakit", "RS" or "Hospital"', () => {
  it.each([
    ['Pasien dirujuk ke Rumah Sakit Harapan Sehat di Depok.', ['Rumah Sakit Harapan Sehat']],
    ['Kemarin Rumah Sakit Bunda Kasih membuka klinik jantung.', ['Rumah Sakit Bunda Kasih']],
    ['RS Bunda Kasih Ambon menambah ruang ICU.', ['RS Bunda Kasih Ambon']],
    ['Eka Hospital membuka cabang di Bekasi.', ['Eka Hospital']],
    // Negative: a hospital in lower case, or the words alone, name none.
    ['Pasien dirujuk ke rumah sakit swasta di Depok.', []],
    ['Kemarin Rumah Sakit di kota itu penuh.', []],
    ['Pasien dirujuk ke RS terdekat di Ambon.', []],
  ])('%s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });
});

describe('a dealer named after the brand it sells', () => {
  it.each([
    ['Penjualan Toyota naik. Hasjrat Toyota, diler terbesar di Manado, menambah gerai.', ['Toyota', 'Hasjrat Toyota']],
    ['Honda menambah model. Kemarin diler Surya Honda membuka cabang di Palu.', ['Honda', 'Surya Honda']],
    // Negative: a group's full name that holds the brand inside is the brand's company.
    ['Zhejiang Geely Holding Group menambah modal. Geely membuka pabrik.', ['Zhejiang Geely Holding Group']],
  ])('%s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });
});

describe('a head word inside a place named after a landform', () => {
  it.each([
    ['Kapal patroli bersandar di Tanjung Balai Karimun sejak Senin.', []],
    ['Nelayan dari Pulau Dewan Sari menjual tangkapan ke Tarakan.', []],
    ['Harga ikan di Teluk Balai Baru turun pekan ini.', []],
    // Negative: the head word that opens a sentence still names its body.
    ['Balai Karantina Pertanian memeriksa muatan kapal itu.', ['Balai Karantina Pertanian']],
  ])('%s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });
});

describe('a department joined with "and" before a company', () => {
  it.each([
    ['Head of Research and Development Sinar Group, Budi Santoso, menjelaskan rencana itu.', ['Sinar Group']],
    ['Head of Sales and Marketing Maju Group, Rina Wijaya, hadir di Surabaya.', ['Maju Group']],
    ['Head of Legal and Compliance Cahaya Capital, Adi Saputra, menolak berkomentar.', ['Cahaya Capital']],
    // Negative: an English name that joins its own words with "and" keeps them.
    ['Food and Agriculture Organization menyebut harga pangan naik.', ['Food and Agriculture Organization']],
  ])('%s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });
});

describe('a home town after "asal" and a trade', () => {
  it.each([
    ['Sutrisno, petani asal Brebes, mengeluhkan harga pupuk.', 'Sutrisno', 'Petani'],
    ['Nelayan asal Indramayu, Karta Wijaya, menjual ikan ke Jakarta.', 'Karta Wijaya', 'Nelayan'],
    ['Pengusaha asal Makassar, Andi Rahman, membuka gerai baru.', 'Andi Rahman', 'Pengusaha'],
  ])('%s', (text, name, role) => {
    const r = extract(text);
    expect(r.organizations).toEqual([]);
    expect(r.persons.map((p) => [p.name, p.role])).toEqual([[name, role]]);
  });
  // Negative: the company after a trade word still names the holder's body.
  it('keeps the company named right after a post', () => {
    expect(extract('Direktur PT Sinar Jaya, Budi Hartono, hadir.').organizations.map((o) => o.name)).toEqual([
      'PT Sinar Jaya',
    ]);
  });
});

describe('a "Lembaga" a post opens, its holder after a comma', () => {
  it.each([
    [
      'Direktur Eksekutif Lembaga Kajian Pangan Nusantara, Budi Santoso, mengatakan harga beras naik.',
      'Lembaga Kajian Pangan Nusantara',
      'Budi Santoso',
      'Direktur Eksekutif',
    ],
    [
      'Ketua Lembaga Riset Ekonomi Rakyat, Sri Wahyuni, menyebut daya beli melemah.',
      'Lembaga Riset Ekonomi Rakyat',
      'Sri Wahyuni',
      'Ketua',
    ],
    [
      'Peneliti Lembaga Studi Energi Terbarukan, Dimas Pratama, menilai subsidi perlu ditata ulang.',
      'Lembaga Studi Energi Terbarukan',
      'Dimas Pratama',
      'Peneliti',
    ],
  ])('%s', (text, org, name, role) => {
    const r = extract(text);
    expect(r.organizations.map((o) => o.name)).toEqual([org]);
    expect(r.persons.map((p) => [p.name, p.role])).toEqual([[name, role]]);
  });
  // Negative: a kind of body listed in a post's field stays a kind ("Lembaga Pembiayaan, Perusahaan Modal Ventura").
  it('leaves a listed kind of body alone', () => {
    const r = extract(
      'Direktur Pengawasan Lembaga Pembiayaan, Perusahaan Modal Ventura, dan Lembaga Keuangan Mikro OJK, Budi Santoso, hadir di rapat.',
    );
    expect(r.organizations.map((o) => o.name)).not.toContain('Lembaga Pembiayaan');
  });
});

describe('a state body named with its acronym, then its region or office (batch 189-210)', () => {
  it.each([
    // A regency no gazetteer knows, after its level word, closes the body's name.
    [
      'Kepala Dinas Perhubungan (Dishub) Kabupaten Kepahiang, Yohanes Bata, mengatakan jadwal bus berubah.',
      'Dinas Perhubungan (Dishub) Kabupaten Kepahiang',
      'Yohanes Bata',
      'Kepala',
    ],
    [
      'Wakil Ketua Komisi C DPRD Kabupaten Lembata, Rudi Hartono, meminta audit ulang.',
      'DPRD Kabupaten Lembata',
      'Rudi Hartono',
      'Wakil Ketua Komisi C',
    ],
    // "Perwakilan" before the region: the body's office there.
    [
      'Kepala Badan Pemeriksa Keuangan (BPK) Perwakilan Provinsi Jambi, Dewi Lestari, menemukan selisih anggaran.',
      'Badan Pemeriksa Keuangan (BPK) Perwakilan Provinsi Jambi',
      'Dewi Lestari',
      'Kepala',
    ],
    // "Wilayah"/"Cabang" before the region: an association's chapter.
    [
      'Ketua Persatuan Perawat Nasional Indonesia (PPNI) Wilayah Kalimantan Barat, Rina Siregar, menolak usulan itu.',
      'Persatuan Perawat Nasional Indonesia (PPNI) Wilayah Kalimantan Barat',
      'Rina Siregar',
      'Ketua',
    ],
    [
      'Sekretaris Himpunan Pengusaha Muda Indonesia (HIPMI) Cabang Jambi, Doni Saputra, menyebut omzet turun.',
      'Himpunan Pengusaha Muda Indonesia (HIPMI) Cabang Jambi',
      'Doni Saputra',
      'Sekretaris',
    ],
  ])('%s', (text, org, name, role) => {
    const r = extract(text);
    expect(r.organizations.map((o) => o.name)).toContain(org);
    expect(r.persons.map((p) => [p.name, p.role, p.affiliation])).toEqual([[name, role, org]]);
  });

  // Negative: an unknown word after the level word followed by a first name is no regency of three words.
  it('takes no holder into an unknown regency', () => {
    const r = extract('Kepala Dinas Pertanian (Distan) Kota Tidore Yosef Boli mengatakan panen naik.');
    expect(r.organizations.map((o) => o.name).join()).not.toContain('Yosef');
  });

  // Negative: "Wilayah" with no region after it is no chapter.
  it('keeps an acronym whose "Wilayah" opens a lower-case phrase', () => {
    const r = extract('Ikatan Bidan Indonesia (IBI) Wilayah Timur belum siap, kata Ketua IBI, Sari Dewi.');
    expect(r.organizations.map((o) => o.name)).toContain('Ikatan Bidan Indonesia');
  });
});

describe('a body whose field lists a head word with commas, closed by "dan"', () => {
  it.each([
    [
      'Bupati meminta Dinas Pariwisata, Kebudayaan, Koperasi dan UMKM Kota Tidore menyiapkan gudang.',
      'Dinas Pariwisata, Kebudayaan, Koperasi dan UMKM Kota Tidore',
    ],
    [
      'Dinas Perindustrian, Perdagangan, Koperasi dan UKM (Disperindagkop UKM) Kabupaten Lembata membuka pelatihan.',
      'Dinas Perindustrian, Perdagangan, Koperasi dan UKM (Disperindagkop UKM) Kabupaten Lembata',
    ],
    // The head word may stand mid-list, before a last item of several words.
    [
      'Dinas Pertanian, Perkebunan, Koperasi, Usaha Mikro dan Menengah Kabupaten Garut membuka pasar murah.',
      'Dinas Pertanian, Perkebunan, Koperasi, Usaha Mikro dan Menengah Kabupaten Garut',
    ],
    [
      'Data Kementerian Keuangan, Badan Pusat Statistik, dan Bank Indonesia menunjukkan hal itu.',
      'Kementerian Keuangan,Badan Pusat Statistik,Bank Indonesia',
    ],
  ])('%s', (text, org) => {
    expect(
      extract(text)
        .organizations.map((o) => o.name)
        .join(),
    ).toBe(org);
  });

  // Negative: bodies listed one after another stay apart.
  it('keeps a list of bodies apart', () => {
    const r = extract('Rapat dihadiri Dinas Kesehatan, Dinas Sosial, Koperasi dan UMKM setempat.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Dinas Kesehatan', 'Dinas Sosial', 'Koperasi dan UMKM']);
  });
});

describe('regional offices: "Kantor Wilayah" with a body no list holds, or with a number', () => {
  it.each([
    [
      'Kepala Kantor Wilayah Direktorat Jenderal Perbendaharaan Sulawesi Tengah, Budi Hartono, menyebut serapan naik.',
      'Kantor Wilayah Direktorat Jenderal Perbendaharaan Sulawesi Tengah',
      'Budi Hartono',
    ],
    [
      'Kepala Kantor Wilayah II KPPU di Medan, Sari Lubis, mengatakan laporan itu diperiksa.',
      'Kantor Wilayah II KPPU',
      'Sari Lubis',
    ],
  ])('%s', (text, org, name) => {
    const r = extract(text);
    expect(r.organizations.map((o) => o.name)).toEqual([org]);
    expect(r.persons.map((p) => [p.name, p.role, p.affiliation])).toEqual([[name, 'Kepala', org]]);
  });

  // Negative: an office with neither a number nor a region is the body's building.
  it('reads a body’s building as the body', () => {
    const r = extract('Ia datang ke Kantor Wilayah Kemenkumham kemarin sore.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Kementerian Hukum dan Hak Asasi Manusia']);
  });
});

describe('a listed company’s office', () => {
  it('keeps the parent apart and reads the office written short as the same office', () => {
    const r = extract(
      'Kantor Perwakilan Bursa Efek Indonesia (BEI) Sumatera Utara menggelar kelas saham. Kepala Kantor Perwakilan BEI Sumatera Utara, Budi Santoso, menyebut investor naik. Galeri Investasi BEI di kampus itu ramai.',
    );
    expect(r.organizations.map((o) => o.name)).toEqual([
      'Kantor Perwakilan Bursa Efek Indonesia (BEI) Sumatera Utara',
      'Bursa Efek Indonesia',
    ]);
  });

  // Negative: a short form of the company itself still folds into its full name.
  it('folds the company written short into its full name', () => {
    const r = extract('PT Pegadaian menambah gerai. Pegadaian juga membuka layanan emas.');
    expect(r.organizations.map((o) => o.name)).toEqual(['PT Pegadaian']);
  });
});

describe('a company’s branch', () => {
  it.each([
    // A branch's seat no gazetteer knows ends at any word not capitalised, not only at a comma.
    ['Dana dicairkan lewat Bank Sumut Cabang Tebing dalam dua tahap.', 'Bank Sumut Cabang Tebing'],
    ['Nasabah antre di Bank Nagari Cabang Lubuk Sikaping sejak pagi.', 'Bank Nagari Cabang Lubuk Sikaping'],
  ])('%s', (text, org) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual([org]);
  });

  // Negative: a first name after "Cabang" is the branch head's, no seat.
  it('reads no seat from a first name', () => {
    const r = extract('Laporan itu disusun Bank Mandiri Cabang Budi bersama tim audit.');
    expect(r.organizations.map((o) => o.name).join()).not.toContain('Cabang');
  });
});

describe('a department that ends with a company suffix, between a title and the company', () => {
  it.each([
    [
      'Director Corporate Ratings Pefindo Ratings Indonesia, Rina Kusuma, menilai prospek stabil.',
      'Pefindo Ratings Indonesia',
      'Director Corporate Ratings',
    ],
    [
      'Head Equity Research Kresna Sekuritas Indonesia, Adi Nugroho, memperkirakan indeks naik.',
      'Kresna Sekuritas Indonesia',
      'Head Equity Research',
    ],
    // Right after the title the suffix opens the company's own name.
    [
      'Chief Executive Officer Capital A Berhad, Tony Fernandes, membuka rute baru.',
      'Capital A Berhad',
      'Chief Executive Officer',
    ],
  ])('%s', (text, org, role) => {
    const r = extract(text);
    expect(r.organizations.map((o) => o.name)).toEqual([org]);
    expect(r.persons.map((p) => [p.role, p.affiliation])).toEqual([[role, org]]);
  });
});

describe('a company form after a comma', () => {
  it.each([
    ['Pinjaman disalurkan Mizuho Bank, Ltd. cabang Jakarta.', ['Mizuho Bank, Ltd.']],
    ['Perangkat dipasok Orion Robotics, Inc. sejak Mei.', ['Orion Robotics, Inc.']],
    // With no name before the comma the form names nothing.
    ['Dalam daftar itu, Ltd. dan Inc. ditulis kecil.', []],
  ])('%s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });
});

describe("a company's unit written out and by its initials", () => {
  it.each([
    [
      'PLN UID Jawa Tengah menambah gardu. General Manager PT PLN (Persero) Unit Induk Distribusi Jawa Tengah, Sari Wulandari, meresmikannya.',
      1,
    ],
    ['Pasokan PT PLN (Persero) Unit Induk Wilayah Kalimantan Barat naik, kata PLN UIW Kalimantan Barat.', 1],
    // Other initials are another unit.
    ['PLN UIW Riau menambah gardu, sementara PT PLN (Persero) Unit Induk Distribusi Riau menunda.', 2],
  ])('%s', (text, count) => {
    expect(extract(text).organizations.filter((o) => o.name.includes('PLN'))).toHaveLength(count);
  });
});

describe('a PT name that goes on past a suffix word', () => {
  it.each([
    ['Hotel baru dibangun PT Lombok Resort Sejahtera di Mandalika.', 'PT Lombok Resort Sejahtera', []],
    ['Saham PT Nusantara Capital Persada naik.', 'PT Nusantara Capital Persada', []],
    // "Tbk" ends the name: the holder's name follows.
    [
      'Presiden Direktur PT Kencana Agung Tbk Budi Prakoso mengatakan laba naik.',
      'PT Kencana Agung Tbk',
      ['Budi Prakoso'],
    ],
  ])('%s', (text, org, persons) => {
    const r = extract(text);
    expect(r.organizations.map((o) => o.name)).toEqual([org]);
    expect(r.persons.map((p) => p.name)).toEqual(persons);
  });
});

describe("a company's branch office", () => {
  it.each([
    ['Pemimpin BRI Kantor Cabang Malang, Sri Wahyuni, mengatakan kredit naik.', 'BRI Kantor Cabang Malang', 'Pemimpin'],
    [
      'Manajer BNI Kantor Cabang Singapura, Dimas Arya, menyebut kiriman naik.',
      'BNI Kantor Cabang Singapura',
      'Manajer',
    ],
    // A regional office ("Kantor Wilayah", "Kanwil") like a branch.
    ['Pemimpin BRI Kantor Wilayah Medan, Sari Dewi, mengatakan kredit naik.', 'BRI Kantor Wilayah Medan', 'Pemimpin'],
    [
      'Kepala Perum Bulog Kanwil Jawa Timur, Adi Nugroho, menyebut stok cukup.',
      'Perum Bulog Kanwil Jawa Timur',
      'Kepala',
    ],
  ])('%s', (text, org, role) => {
    const r = extract(text);
    expect(r.organizations.map((o) => o.name)).toEqual([org]);
    expect(r.persons.map((p) => [p.role, p.affiliation])).toEqual([[role, org]]);
  });

  it('reads no unit in a lower-case "wilayah"', () => {
    expect(extract('BRI wilayah timur menyalurkan kredit.').organizations.map((o) => o.name)).toEqual([
      'PT Bank Rakyat Indonesia (Persero) Tbk',
    ]);
  });

  // The head office is the company itself.
  it('reads no unit in "Kantor Pusat"', () => {
    expect(extract('Rapat di BNI Kantor Pusat, Jakarta, berlangsung lama.').organizations.map((o) => o.name)).toEqual([
      'PT Bank Negara Indonesia (Persero) Tbk',
    ]);
  });
});

describe('a state body’s office after "Perwakilan"', () => {
  // The office in full and written short is one body, named in full; "Perwakilan" without a region is no office.
  it('reads "Ombudsman RI Perwakilan Sumsel" as the office named in full before', () => {
    const r = extract(
      'Ombudsman Republik Indonesia Perwakilan Jawa Timur menerima aduan. Kepala Ombudsman RI Perwakilan Jatim, Rudi Hartono, menilai aduan itu wajar.',
    );
    expect(r.organizations.map((o) => [o.name, o.aliases])).toEqual([
      ['Ombudsman Republik Indonesia Perwakilan Jawa Timur', ['Ombudsman RI Perwakilan Jatim']],
    ]);
  });

  it('reads no office in "Perwakilan" without a region', () => {
    expect(extract('Ombudsman RI Perwakilan kini menerima aduan.').organizations.map((o) => o.name)).toEqual([
      'Ombudsman Republik Indonesia',
    ]);
  });
});

describe('studios, labels, firms and film councils', () => {
  // A studio, a record label and a foreign film council end their names like a company suffix (a council is a state
  // body); at an event ("ajang … Awards") they name none.
  it.each([
    ['Manajer Ombak Studios, Rina Sari, menyebut film itu laris.', 'Ombak Studios', 'company'],
    ['Lagu itu dirilis Kabut Pagi Records untuk pasar Asia.', 'Kabut Pagi Records', 'company'],
    ['Produser Layar Senja Pictures, Andi Wijaya, hadir.', 'Layar Senja Pictures', 'company'],
    ['Dana ko-produksi datang dari Thai Film Council (TFC) tahun ini.', 'Thai Film Council', 'government'],
  ])('%s', (text, name, kind) => {
    expect(extract(text).organizations.map((o) => [o.name, o.kind])).toEqual([[name, kind]]);
  });

  // A law or accounting firm "X & Rekan" is a company; "Rekan" opening a sentence is a colleague.
  it.each([
    ['Ia didampingi kantor hukum Sutanto & Rekan, menurut keterangannya.', ['Sutanto & Rekan']],
    ['Rekan kerja Budi hadir di sidang itu.', []],
  ])('%s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });

  it('names no council at an event', () => {
    expect(extract('Ia hadir di ajang Asia Film Council Awards tahun ini.').organizations).toEqual([]);
  });
});

describe('inspectorates', () => {
  // A region's inspectorate goes to its region; a ministry's is named with its ministry, written out or short; the
  // inspector general is a post, and the inspectorate alone names no body.
  it.each([
    [
      'Ia meminta Inspektorat Daerah Provinsi Jawa Tengah mengaudit dana itu.',
      'Inspektorat Daerah Provinsi Jawa Tengah',
    ],
    ['Inspektorat Kabupaten Sleman menemukan selisih.', 'Inspektorat Kabupaten Sleman'],
    ['Ia mengatakan Itjen Kemenkes akan mengaudit ulang pengadaan.', 'Itjen Kemenkes'],
    [
      'Inspektorat Jenderal Kementerian Perdagangan memeriksa laporan itu.',
      'Inspektorat Jenderal Kementerian Perdagangan',
    ],
    ['Inspektur Jenderal Kementerian Kesehatan, Budi Santoso, hadir.', 'Kementerian Kesehatan'],
  ])('%s', (text, name) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual([name]);
  });

  it('names no body in the inspectorate alone', () => {
    expect(extract('Inspektorat Jenderal memeriksa laporan itu.').organizations).toEqual([]);
  });
});

describe('faculties', () => {
  // A faculty is named with its university when written with it, on its own when not; after a title ("Dosen",
  // "Dekan") it is part of the post, and the university is the body.
  it.each([
    [
      'Mahasiswa Fakultas Farmasi Universitas Hasanuddin meneliti obat herbal.',
      ['Fakultas Farmasi Universitas Hasanuddin'],
    ],
    [
      'Universitas Airlangga melalui Fakultas Ilmu Budaya ikut menguji naskah itu.',
      ['Universitas Airlangga', 'Fakultas Ilmu Budaya'],
    ],
    ['Dosen Fakultas Teknik Universitas Brawijaya, Rina Sari, menilai jembatan itu aman.', ['Universitas Brawijaya']],
    // The university may follow the faculty's acronym; a faculty's acronym with no university after it ends there.
    [
      'Kampus itu menggandeng Fakultas Ilmu Komputer (Fasilkom) Universitas Indonesia (UI) untuk riset.',
      ['Fakultas Ilmu Komputer (Fasilkom) Universitas Indonesia', 'Universitas Indonesia'],
    ],
    ['Mahasiswa Fakultas Ilmu Komputer (Fasilkom) membuat aplikasi.', ['Fakultas Ilmu Komputer']],
  ])('%s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });
});

describe('community groups', () => {
  // A "Paguyuban" is a body of the people it gathers; written in lower case it only points back to one.
  it('reads a buyers’ group as a body, and no body in "paguyuban" in lower case', () => {
    const r = extract('Para pembeli tergabung dalam Paguyuban Pembeli Griya Lestari. Ketua paguyuban itu menolak.');
    expect(r.organizations.map((o) => [o.name, o.kind])).toEqual([['Paguyuban Pembeli Griya Lestari', 'other']]);
  });
});

describe('national broadcasters', () => {
  it('knows a television station and a streaming service by name', () => {
    const r = extract('Laga final disiarkan Indosiar dan layanan streaming Vidio pada Minggu malam.');
    expect(r.organizations.map((o) => [o.name, o.kind])).toEqual([
      ['Indosiar', 'company'],
      ['Vidio', 'company'],
    ]);
  });
});

describe('bureaus of a regional secretariat', () => {
  // A bureau is a state body named with the secretariat it sits in; after a title it is part of the post.
  it.each([
    [
      'Panitia di Biro Pengadaan Barang dan Jasa Sekretariat Daerah Provinsi Bali dinilai lalai.',
      ['Biro Pengadaan Barang dan Jasa Sekretariat Daerah Provinsi Bali'],
    ],
    ['Kepala Biro Hukum dan Humas, Rina Sari, membantah tudingan itu.', []],
    ['Biro perjalanan itu tutup bulan lalu.', []],
  ])('%s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });
});

describe('numbered offices of a city', () => {
  // The number after the city belongs to the office, and two numbered offices stay two; a Balinese "I" after the
  // region opens the holder's name.
  it('reads "(KPKNL) Jakarta III" and "(KPKNL) Jakarta V" as two offices', () => {
    const r = extract(
      'Lelang digelar Kantor Pelayanan Kekayaan Negara dan Lelang (KPKNL) Surabaya III pada Senin. Kantor Pelayanan Kekayaan Negara dan Lelang (KPKNL) Surabaya V juga ikut.',
    );
    expect(r.organizations.map((o) => o.name)).toEqual([
      'Kantor Pelayanan Kekayaan Negara dan Lelang (KPKNL) Surabaya III',
      'Kantor Pelayanan Kekayaan Negara dan Lelang (KPKNL) Surabaya V',
    ]);
  });

  it('reads no number in a Balinese "I" that opens the holder’s name', () => {
    const r = extract('Kepala Badan Pusat Statistik (BPS) Bali I Made Sudarsana mengatakan ekspor naik.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Badan Pusat Statistik (BPS) Bali']);
  });
});

describe('a company written "PT" and its acronym', () => {
  // "PT" before the acronym the text gave a company is that company, not another one.
  it('reads "PT LSN" as the company spelled out before it', () => {
    const r = extract(
      'PT Liga Sepak Nusantara (LSN) menggelar musim baru. Direktur Operasional PT LSN, Bambang Suryo, menjelaskan jadwal.',
    );
    expect(r.organizations.map((o) => [o.name, o.aliases])).toEqual([['PT Liga Sepak Nusantara', ['LSN', 'PT LSN']]]);
  });
});

describe('bilateral bodies', () => {
  // Two countries joined by a glued hyphen name a bilateral body; a spaced dash ends the name at the country.
  it.each([
    ['Program itu digarap Perkumpulan Ekonomi Indonesia-Belanda tahun ini.', ['Perkumpulan Ekonomi Indonesia-Belanda']],
    ['Asosiasi Pengusaha Indonesia - kata dia - tumbuh.', ['Asosiasi Pengusaha Indonesia']],
  ])('%s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });
});

describe('courts', () => {
  // A special court sits in a district court and is named with it; a district court alone ends at its city.
  it.each([
    [
      'Kuasa hukum perusahaan itu menggugat ke Pengadilan Niaga pada Pengadilan Negeri Makassar pekan lalu.',
      'Pengadilan Niaga pada Pengadilan Negeri Makassar',
    ],
    [
      'Berkas perkara dilimpahkan ke Pengadilan Tindak Pidana Korupsi pada Pengadilan Negeri Kupang, Senin.',
      'Pengadilan Tindak Pidana Korupsi pada Pengadilan Negeri Kupang',
    ],
    ['Sidang di Pengadilan Negeri Kupang pada Senin ditunda.', 'Pengadilan Negeri Kupang'],
  ])('%s', (text, name) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual([name]);
  });
});

describe('everyday', () => {
  it.each([
    ['perasuransian', true],
    ['penjaminan', true],
    ['kebijakan', true],
    ['pengéjaan', true],
    ['pe2025an', false],
    ["ke'adaan", false],
    ['pean', false],
    ['kenan', false],
  ])('%s → %s: a noun of a field (pe-…-an, ke-…-an) of letters only', (word, yes) => {
    expect(everyday(word)).toBe(yes);
  });
});

describe('a company in a Title Case headline', () => {
  it('is cut short by a verb in "-kan" and found whole in the text', () => {
    const text =
      'PT Sinar Laut Luncurkan Kapal Baru di Batam\nPT Sinar Laut Nusantara meluncurkan kapal baru di Batam, Senin.';
    expect(extract(text).organizations.map((o) => o.name)).toEqual(['PT Sinar Laut Nusantara']);
  });

  it('keeps a name with no such verb', () => {
    const text = 'Kontrak Baru untuk PT Sinar Laut Nusantara\nPerusahaan itu meneken kontrak, Senin.';
    expect(extract(text).organizations.map((o) => o.name)).toEqual(['PT Sinar Laut Nusantara']);
  });
});
