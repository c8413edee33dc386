import { describe, expect, it } from 'vitest';
import { extract } from '../../../core/index';

/** Sentence, name, role, official flag. */
type Row = [string, string, string | null, boolean];

function expectPerson([sentence, name, role, official]: Row): void {
  const p = extract(sentence).persons.find((x) => x.name === name);
  expect(p, `${name} in ${sentence}`).toMatchObject({ name, role, official });
}

describe('a rank between an office and the name', () => {
  it.each<Row>([
    // The command the abbreviation names, with its territory, is the body (see the abbreviated titles below).
    ['Pangdam Jaya Mayjen TNI Rafael Granada Baay meninjau lokasi banjir.', 'Rafael Granada Baay', 'Panglima', true],
    [
      'Kapolres Metro Jakarta Selatan Kombes Pol Ade Rahmat Idnal mengatakan pelaku sudah ditangkap.',
      'Ade Rahmat Idnal',
      'Kepala',
      true,
    ],
    ['Dandim 0501 Letkol Inf Andi Saputra memimpin upacara.', 'Andi Saputra', 'Komandan', true],
    ['Kapolres Bogor AKBP Rio Wahyu Anggoro memantau arus lalu lintas.', 'Rio Wahyu Anggoro', 'Kepala', true],
  ])('%s', (...row) => expectPerson(row));
});

describe('long government titles', () => {
  it.each<Row>([
    // Two posts held at once, written with a slash: both are the role, with the body the second one names.
    [
      'Menteri Investasi dan Hilirisasi/Kepala BKPM Rosan Perkasa Roeslani membuka forum investasi.',
      'Rosan Perkasa Roeslani',
      'Menteri Investasi dan Hilirisasi/Kepala BKPM',
      true,
    ],
    [
      'Wakil Menteri Investasi dan Hilirisasi/Wakil Kepala Badan Koordinasi Penanaman Modal Todotua Pasaribu meninjau kawasan.',
      'Todotua Pasaribu',
      'Wakil Menteri Investasi dan Hilirisasi/Wakil Kepala Badan Koordinasi Penanaman Modal',
      true,
    ],
    [
      'Staf Ahli Menteri Keuangan Bidang Kepatuhan Pajak, Yon Arsal, menjelaskan aturan baru itu.',
      'Yon Arsal',
      'Staf Ahli Menteri Keuangan Bidang Kepatuhan Pajak',
      true,
    ],
    [
      'Deputi Bidang Koordinasi Ekonomi Makro dan Keuangan Kemenko Perekonomian, Ferry Irawan, memimpin rapat.',
      'Ferry Irawan',
      'Deputi Bidang Koordinasi Ekonomi Makro dan Keuangan',
      true,
    ],
    [
      'Plt Direktur Jenderal Pajak Bimo Wijayanto menyampaikan capaian penerimaan.',
      'Bimo Wijayanto',
      'Pelaksana Tugas Direktur Jenderal Pajak',
      true,
    ],
    [
      'Pelaksana Tugas (Plt) Kepala Dinas Pendidikan Jawa Tengah, Sadimin, meninjau sekolah.',
      'Sadimin',
      'Pelaksana Tugas Kepala',
      true,
    ],
    ['Panglima Kodam Jaya Mayjen TNI Deddy Suryadi memimpin apel.', 'Deddy Suryadi', 'Panglima', true],
    [
      'Direktur Industri Elektronika dan Telematika pada Direktorat Jenderal ILMATE Kementerian Perindustrian, Ardhi Santoso, membuka forum.',
      'Ardhi Santoso',
      'Direktur Industri Elektronika dan Telematika',
      true,
    ],
  ])('%s', (...row) => expectPerson(row));

  it('keeps the body the post sits in, not its parent ministry', () => {
    const text =
      'Direktur Pengembangan Ekspor pada Direktorat Jenderal Pengembangan Ekspor Nasional Kementerian Perdagangan, Ani Mulyati, membuka pameran.';
    const p = extract(text).persons[0];
    expect(p?.affiliation).toBe('Direktorat Jenderal Pengembangan Ekspor Nasional');
  });
});

describe('a title that names its body by reference', () => {
  it.each([
    [
      'PT Maju Jaya Sentosa Tbk mencatat laba naik. "Kami tidak mengejar pertumbuhan cepat," kata direktur utama perseroan itu, Budi Hartanto, seusai acara.',
      'Budi Hartanto',
      'direktur utama',
      false,
      'PT Maju Jaya Sentosa Tbk',
    ],
    [
      'Survei Kantar Indonesia menunjukkan belanja tumbuh. Olivia Grant, direktur riset lembaga itu, mengatakan konsumen berhemat.',
      'Olivia Grant',
      'direktur riset',
      false,
      'Kantar',
    ],
    [
      'Badan Kebijakan Fiskal menyiapkan kajian. Kepala Pusat Kebijakan APBN di badan yang sama, Wahyu Utomo, memaparkan hasilnya.',
      'Wahyu Utomo',
      'Kepala Pusat Kebijakan APBN',
      true,
      'Badan Kebijakan Fiskal',
    ],
    // "kantor itu", "perwakilan BI tersebut": an office, described by its body's acronym too, is the body just named.
    [
      'Kantor Imigrasi Kelas I Bogor membuka layanan malam. Kepala kantor itu, Rudi Simanjuntak, menyebut antrean turun.',
      'Rudi Simanjuntak',
      'Kepala',
      true,
      'Kantor Imigrasi Kelas I Bogor',
    ],
    [
      'Kantor Perwakilan Bank Indonesia Provinsi Jambi mencatat inflasi rendah. Kepala perwakilan BI tersebut, Ani Lubis, menilai harga cabai turun.',
      'Ani Lubis',
      'Kepala',
      true,
      'Kantor Perwakilan Bank Indonesia Provinsi Jambi',
    ],
    // "Kepala Kantor Pelayanan Pajak …": the head of a tax office is an official of it.
    [
      'Kepala Kantor Pelayanan Pajak Madya Batam, Hendra Wijaya, mengatakan setoran naik. Menurut Hendra, kepatuhan membaik.',
      'Hendra Wijaya',
      'Kepala',
      true,
      'Kantor Pelayanan Pajak Madya Batam',
    ],
    [
      'PT Sinar Jaya membuka gerai baru. Kepala kantor itu, Budi Santoso, mengatakan gerai ramai.',
      'Budi Santoso',
      'Kepala',
      false,
      'PT Sinar Jaya',
    ],
  ])('%s', (text, name, role, official, affiliation) => {
    const p = extract(text).persons.find((x) => x.name === name);
    expect({ ...p, role: p?.role?.toLowerCase() }).toMatchObject({
      name,
      role: role.toLowerCase(),
      official,
      affiliation,
    });
  });

  // Without a demonstrative an office names no body before it.
  it('leaves "kepala kantor wilayah" without a body', () => {
    const p = extract('PT Sinar Jaya membuka pabrik. Kepala kantor wilayah, Budi Santoso, mengatakan antrean pendek.');
    expect(p.persons.find((x) => x.name === 'Budi Santoso')?.affiliation).toBeNull();
  });

  it('gives a quotation to the person named after a lower-case title', () => {
    const text =
      'PT Maju Jaya Sentosa Tbk mencatat laba naik. "Kami tidak mengejar pertumbuhan cepat," kata direktur utama perseroan itu, Budi Hartanto.';
    expect(extract(text).quotes.map((q) => q.speaker)).toEqual(['Budi Hartanto']);
  });
});

describe('titles after the name and titles around a unit', () => {
  it.each<Row>([
    [
      '"Pelanggan kami ada di luar Jawa," kata Edward Tirtanata, salah satu pendiri sekaligus CEO Kopi Kenangan, di sela festival.',
      'Edward Tirtanata',
      'Pendiri sekaligus CEO',
      false,
    ],
    [
      'PT Fore Kopi Indonesia Tbk mencatat pendapatan naik. Chief Executive Officer perseroan, Vico Lomar, mengaku margin tertekan.',
      'Vico Lomar',
      'Chief Executive Officer',
      false,
    ],
    // "baru" says the post is new, it is no word of the post; "Baru" in a directorate's name is.
    [
      'Vidio menggaet penyanyi Raisa Andriana sebagai duta merek baru untuk kampanye.',
      'Raisa Andriana',
      'Duta Merek',
      false,
    ],
    [
      'Direktur Aneka Energi Baru dan Terbarukan Kementerian ESDM, Andriah Feby Misna, menilai target tercapai.',
      'Andriah Feby Misna',
      'Direktur Aneka Energi Baru dan Terbarukan',
      true,
    ],
    // "perusahaan" before the comma and the name stands for the company just named, like "perseroan".
    [
      'PT Kereta Api Logistik menambah 40 gerbong. Direktur Komersial perusahaan, Yudha Pratama, menyebut muatan naik.',
      'Yudha Pratama',
      'Direktur Komersial',
      false,
    ],
    [
      'Direktur Pengawasan Kosmetik pada Deputi Bidang Pengawasan Obat Tradisional, Suplemen Kesehatan, dan Kosmetik BPOM, Irwan Setiadi, menambahkan hal itu.',
      'Irwan Setiadi',
      'Direktur Pengawasan Kosmetik',
      true,
    ],
    [
      'Atase Perdagangan RI di Tokyo, Kurniawan Hadi Prasetyo, menambahkan impor naik.',
      'Kurniawan Hadi Prasetyo',
      'Atase Perdagangan RI di Tokyo',
      true,
    ],
    [
      'Analis konsumer Mirae Asset Sekuritas Indonesia, Farah Nadhira, memproyeksikan penjualan naik.',
      'Farah Nadhira',
      'Analis konsumer',
      false,
    ],
    [
      'Chief Executive Officer PT Paragon Technology and Innovation, Salman Subakat, menyebut produksi naik.',
      'Salman Subakat',
      'Chief Executive Officer',
      false,
    ],
    [
      'Kepala Dinas Pariwisata Bali I Gusti Ayu Putu Sri Handayani membuka forum.',
      'I Gusti Ayu Putu Sri Handayani',
      'Kepala',
      true,
    ],
    // The country before "Chamber of …" or "Club of …" is the body's first word, not the post's field.
    [
      'Menurut Hendra Wijaya, Wakil Ketua Japan Chamber of Commerce and Industry, pesanan mesin naik.',
      'Hendra Wijaya',
      'Wakil Ketua',
      false,
    ],
    ['Dewi Lestari, Sekretaris Taiwan Club of Surabaya, menyebut iuran naik.', 'Dewi Lestari', 'Sekretaris', false],
    // Not an English body: the place stays the post's field.
    [
      'Hendra Wijaya, Konsul Jenderal Jepang di Surabaya, menyebut visa dipermudah.',
      'Hendra Wijaya',
      'Konsul Jenderal Jepang di Surabaya',
      true,
    ],
    ['Wakil Gubernur Jawa Timur Dewi Lestari membuka pameran.', 'Dewi Lestari', 'Wakil Gubernur Jawa Timur', true],
  ])('%s', (...row) => expectPerson(row));
});

describe('more title shapes', () => {
  it.each<Row>([
    // An abbreviation's period inside an English title, and "&" joining a second field of the post.
    [
      'Sr. Vice President Sales & Distribution PT Nusa Prima, Yohanes Kurnia, mengatakan stok cukup.',
      'Yohanes Kurnia',
      'Sr. Vice President Sales & Distribution',
      false,
    ],
    // One field word the lexicon does not know, right before the name, belongs to the title.
    ['Pengamat perhotelan Dimas Arya Putra menilai okupansi naik.', 'Dimas Arya Putra', 'Pengamat perhotelan', false],
    ['Analis komoditas Sari Dewanti memperkirakan harga turun.', 'Sari Dewanti', 'Analis komoditas', false],
    // "-nya" on the post's last word, or "perusahaan", before the comma refers back to the company named before.
    [
      'PT Sinar Laut membuka pabrik. Direktur keuangannya, Maya Lestari, mengatakan biaya turun.',
      'Maya Lestari',
      'Direktur keuangan',
      false,
    ],
    [
      'PT Sinar Laut membuka pabrik. Direktur utamanya, Hendra Gunawan, menyebut ekspor naik.',
      'Hendra Gunawan',
      'Direktur utama',
      false,
    ],
    [
      'PT Sinar Laut membuka pabrik. Direktur Utama perusahaan, Hendra Gunawan, menyebut ekspor naik.',
      'Hendra Gunawan',
      'Direktur Utama',
      false,
    ],
    [
      '"Kami ingin transfer teknologi," ujar Mehmet Aydin, general manager FNSS untuk kawasan Asia Pasifik.',
      'Mehmet Aydin',
      'general manager FNSS',
      false,
    ],
    [
      'PT Pindad menaikkan produksi. Komponen lokalnya, kata direktur pemasaran perusahaan pelat merah tersebut, Wahyu Ardiansyah, sudah 70 persen.',
      'Wahyu Ardiansyah',
      'Direktur Pemasaran',
      false,
    ],
    [
      'Anggota Komisi VI dari Fraksi Partai Golkar, Nurhadi Santoso, mempertanyakan rencana impor.',
      'Nurhadi Santoso',
      'Anggota Komisi VI',
      true,
    ],
    [
      'Komandan Korem 062/Tarumanagara Kolonel Inf Rudi Hartanto memastikan prajurit siap.',
      'Rudi Hartanto',
      'Komandan',
      true,
    ],
    [
      'Izin kini ditangani Dinas Penanaman Modal Jawa Barat. "Izin terbit dalam tiga hari," ujar Ade Kurniawan, yang menjabat pelaksana tugas kepala dinas itu sejak Juli.',
      'Ade Kurniawan',
      'Pelaksana Tugas Kepala Dinas',
      true,
    ],
    ['Ujang, 46 tahun, pemilik bengkel las di Subang, mengaku pesanan naik.', 'Ujang', 'Pemilik bengkel las', false],
    ['Marsdya TNI Bambang Wicaksono menyebut minat pembeli tinggi.', 'Bambang Wicaksono', 'Marsdya', true],
  ])('%s', (...row) => expectPerson(row));

  it('finds no person in a Roman numeral', () => {
    expect(extract('Hasil rapat menyimpulkan Komisi VI meminta laporan.').persons).toEqual([]);
  });

  it('folds a nickname read as a person of its own into its owner', () => {
    const r = extract(
      'Gubernur Jawa Barat Dedi Mulyadi, yang akrab disapa KDM, menyebut modal mengalir. "Investor datang karena ada pelabuhan," kata KDM.',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Dedi Mulyadi']);
    expect(r.quotes[0]?.speaker).toBe('Dedi Mulyadi');
  });
});

describe('the body in an apposition', () => {
  it('reads two unknown words after a title that follows a name as its body', () => {
    const text =
      '"Konsumen kini mencari produk lokal," kata Chrisanti Indiana, salah satu pendiri Social Bella, perusahaan induk Sociolla.';
    const r = extract(text);
    expect(r.persons.map((p) => [p.name, p.role, p.affiliation])).toEqual([
      ['Chrisanti Indiana', 'Pendiri', 'Social Bella'],
    ]);
  });

  it('reads a lower-case title after an unclaimed capitalised word as describing it, not a name', () => {
    expect(extract('Pemain besar seperti Paragon, pemilik Wardah, ikut mendorong ekspor.').persons).toEqual([]);
  });

  it.each([
    // "juru bicara" in lower case opens a title; the body and the name follow, the name set off by commas.
    [
      'Namun, juru bicara Sriwijaya Air Group, Rendy Kusuma Wardhana, menyebut armada siap.',
      'Rendy Kusuma Wardhana',
      'Juru Bicara',
      'Sriwijaya Air Group',
      [],
    ],
    // The body's short name in parentheses before the comma is its alias, not part of its name.
    [
      'Peneliti dari Pusat Studi Pangan Nusantara (Pustapa), Laras Wibisono, menilai stok cukup.',
      'Laras Wibisono',
      'Peneliti',
      'Pusat Studi Pangan Nusantara',
      ['Pustapa'],
    ],
  ])('%s', (text, name, role, body, aliases) => {
    const r = extract(text);
    expect(r.persons.map((p) => [p.name, p.role, p.affiliation])).toEqual([[name, role, body]]);
    expect(r.organizations.find((o) => o.name === body)?.aliases).toEqual(aliases);
  });
});

describe('sources that are not people', () => {
  it.each([
    'Sumber Kompas menyebutkan rencana itu batal.',
    'Survei Indikator menyebutkan tingkat kepuasan naik.',
    'Data Kontan menunjukkan penjualan turun.',
  ])('finds no person in %s', (text) => {
    expect(extract(text).persons).toEqual([]);
  });
});

describe('boards, derived field words, factions and stacked honorifics', () => {
  it.each<Row>([
    // A board inside an association is part of the post, not a state body.
    [
      'Ketua Dewan Pengurus Asosiasi Asuransi Jiwa Indonesia (AAJI) Budi Tampubolon menilai premi naik.',
      'Budi Tampubolon',
      'Ketua Dewan Pengurus',
      false,
    ],
    [
      'Ketua Dewan Pembina Yayasan Kanker Indonesia Sari Wulandari membuka acara.',
      'Sari Wulandari',
      'Ketua Dewan Pembina',
      false,
    ],
    // "Badan Pimpinan Cabang/Daerah" is an association's board too, not a state "Badan": a chapter's, part of its name.
    [
      'Ketua Badan Pimpinan Cabang Asosiasi Travel Agent Indonesia (BPC Asita) Lombok, Rina Amalia, menyebut kunjungan naik.',
      'Rina Amalia',
      'Ketua',
      false,
    ],
    // Nouns derived with pe(r/n)-…-an and ke-…-an are the post's field, even when no list knows them.
    [
      'Kepala Eksekutif Pengawas Perasuransian, Penjaminan, dan Dana Pensiun OJK Ogi Prastomiyono mengatakan klaim naik.',
      'Ogi Prastomiyono',
      'Kepala Eksekutif Pengawas Perasuransian, Penjaminan, dan Dana Pensiun',
      true,
    ],
    [
      'Direktur Pemasyarakatan dan Kepelabuhanan Dodi Hartanto meninjau pelabuhan.',
      'Dodi Hartanto',
      'Direktur Pemasyarakatan dan Kepelabuhanan',
      false,
    ],
    // The member's faction sits between the title and the name.
    [
      'Anggota Komisi IV DPR RI dari Fraksi PDI Perjuangan Rokhmin Dahuri meminta stok dijaga.',
      'Rokhmin Dahuri',
      'Anggota Komisi IV',
      true,
    ],
    // "Prof. dr.": the second honorific in lower case.
    [
      'Direktur Utama BPJS Kesehatan Prof. dr. Ali Ghufron Mukti mengungkapkan beban klaim.',
      'Ali Ghufron Mukti',
      'Direktur Utama',
      true,
    ],
    // A unit's number ends at the officer's rank; "Head of Research" keeps its department out of the company.
    ['Komandan Kodim 0809/Kediri Letkol Inf Rizky Ardiansyah memantau panen.', 'Rizky Ardiansyah', 'Komandan', true],
    [
      'Head of Research Mirae Asset Sekuritas Indonesia Robertus Hardiyanto menilai pasar.',
      'Robertus Hardiyanto',
      'Head of Research',
      false,
    ],
    ['Ketua Kelompok Tani Sumber Rejeki Slamet Riyadi mengatakan panen baik.', 'Slamet Riyadi', 'Ketua', false],
  ])('%s', (...row) => expectPerson(row));

  it.each([
    ['Komandan Kodim 0809/Kediri Letkol Inf Rizky Ardiansyah memantau panen.', 'Kodim 0809/Kediri'],
    [
      'Head of Research Mirae Asset Sekuritas Indonesia Robertus Hardiyanto menilai pasar.',
      'Mirae Asset Sekuritas Indonesia',
    ],
    ['Menurut catatan Semiconductor Industry Association (SIA), penjualan naik.', 'Semiconductor Industry Association'],
    ['Negara anggota Organisasi Kerja Sama Islam (OKI) ikut membeli.', 'Organisasi Kerja Sama Islam'],
    [
      'Ketua Dewan Pengurus Asosiasi Asuransi Jiwa Indonesia (AAJI) Budi Tampubolon hadir.',
      'Asosiasi Asuransi Jiwa Indonesia',
    ],
    ['Badan Pimpinan Daerah PHRI Bali menggelar rapat.', 'Perhimpunan Hotel dan Restoran Indonesia'],
    // A state "Badan" keeps its name.
    ['Badan Pusat Statistik mencatat inflasi turun.', 'Badan Pusat Statistik'],
  ])('%s', (text, name) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual([name]);
  });

  it('reads no company in a hyphenated word of a headline', () => {
    expect(
      extract('OJK Siapkan Aturan Baru Co-Payment Asuransi Kesehatan\n\nIsi berita.').organizations.map((o) => o.name),
    ).toEqual(['Otoritas Jasa Keuangan']);
  });
});

describe('name openers, retired ranks and derived words in a body', () => {
  it.each<Row>([
    // Sasak "Lalu" and "Baiq" open a name: they are not field words after the body.
    [
      'Wakil Ketua Komisi X DPR Lalu Hadrian Irfani meminta sekolah dicek.',
      'Lalu Hadrian Irfani',
      'Wakil Ketua Komisi X',
      true,
    ],
    ['Anggota DPRD Nusa Tenggara Barat Baiq Nurul Aini menolak usulan itu.', 'Baiq Nurul Aini', 'Anggota', true],
    // A force and "(Purn.)" after a rank belong to the rank.
    [
      'Direktur Jenderal Bea dan Cukai Letjen TNI (Purn.) Djaka Budhi Utama menyebut kerugian negara.',
      'Djaka Budhi Utama',
      'Direktur Jenderal Bea dan Cukai',
      true,
    ],
    // "co-founder" is read whole; a hyphenated word belongs to a body's name.
    ['Menurut co-founder Ruangguru Iman Usman, donasi itu rutin.', 'Iman Usman', 'Co-founder', false],
    [
      'Sekretaris Jenderal Asosiasi E-Commerce Indonesia (idEA) Budi Primawan menyebut transaksi naik.',
      'Budi Primawan',
      'Sekretaris Jenderal',
      false,
    ],
    // A rank with no corps takes "(Purn.)" right after it; the post before the comma is still the role.
    [
      'Direktur Penyediaan dan Penyaluran Wilayah III BGN, Kolonel (Purn.) Sutrisno Hadi, memeriksa dapur umum.',
      'Sutrisno Hadi',
      'Direktur Penyediaan dan Penyaluran Wilayah III',
      true,
    ],
    [
      'Kepala Dinas Perhubungan Kota Bogor, Marsekal (Purn) Rudi Hartanto, meninjau terminal.',
      'Rudi Hartanto',
      'Kepala',
      true,
    ],
    // Another mark in parentheses is skipped as before: the rank alone stays the role.
    ['Menurut Kolonel (Inf) Bayu Wirawan, latihan berjalan lancar.', 'Bayu Wirawan', 'Kolonel', true],
    // A retired rank alone makes no officer; a post before it still does.
    ['Menurut Laksda TNI (Purn) Budi Santoso, industri swasta perlu dilibatkan.', 'Budi Santoso', null, false],
    // "Pendidikan dan Kebudayaan": derived nouns join a body's name across "dan".
    [
      'Kepala Dinas Pendidikan dan Kebudayaan Provinsi Jawa Tengah Syamsudin Isnaini menerima bantuan.',
      'Syamsudin Isnaini',
      'Kepala',
      true,
    ],
    [
      'Chief Operating Officer J&T Express Indonesia Lim Kian Hoo menambah kurir.',
      'Lim Kian Hoo',
      'Chief Operating Officer',
      false,
    ],
  ])('%s', (...row) => expectPerson(row));

  it.each([
    ['Direktur Jenderal Bea dan Cukai Letjen TNI (Purn.) Djaka Budhi Utama hadir.', []],
    ['Dinas Kesehatan dan Kependudukan Kota Malang membuka posko.', ['Dinas Kesehatan dan Kependudukan Kota Malang']],
    ['Kiriman lewat J&T Express naik tajam.', ['J&T Express']],
  ])('%s', (text, names) => {
    expect(extract(text).organizations.map((o) => o.name)).toEqual(names);
  });
});

/** Sentence, name, role, official flag, affiliation. */
type AffRow = [string, string, string | null, boolean, string | null];

function expectAffiliated([sentence, name, role, official, affiliation]: AffRow): void {
  const p = extract(sentence).persons.find((x) => x.name === name);
  expect(p, `${name} in ${sentence}`).toMatchObject({ name, role, official, affiliation });
}

describe('titles with a second field, a described body, a body after "di"', () => {
  it.each<AffRow>([
    // A listed two-word title takes a second field joined by "dan".
    [
      'Direktur Pemasaran dan Penjualan PT Honda Prospect Motor, Yusak Billy, menyebut pasar stabil.',
      'Yusak Billy',
      'Direktur Pemasaran dan Penjualan',
      false,
      'PT Honda Prospect Motor',
    ],
    [
      'Direktur Keuangan dan Umum PT Semen Baturaja Tbk Suhendra Wijaya membuka paparan publik.',
      'Suhendra Wijaya',
      'Direktur Keuangan dan Umum',
      false,
      'PT Semen Baturaja Tbk',
    ],
    // ... and a comma list of fields closed by "dan".
    [
      'Direktur Keuangan, Umum, dan SDM PT Pupuk Sriwijaya, Rahmat Hidayat, memaparkan laporan.',
      'Rahmat Hidayat',
      'Direktur Keuangan, Umum, dan SDM',
      false,
      'PT Pupuk Sriwijaya',
    ],
    [
      'Direktur Operasi, Teknik dan Pengadaan Pelindo, Yosef Boli, meninjau dermaga.',
      'Yosef Boli',
      'Direktur Operasi, Teknik dan Pengadaan',
      false,
      'Pelabuhan Indonesia',
    ],
    // Negative: after a comma, a person named between commas is an apposition, no field.
    [
      'Direktur Keuangan, Rahmat Hidayat, dan Direktur Utama Pelindo hadir.',
      'Rahmat Hidayat',
      'Direktur Keuangan',
      false,
      null,
    ],
    // A long description of the body before "itu" still points back to it.
    [
      'PT Sehat Digital Nusantara meraih dana segar. CEO perusahaan rintisan layanan kesehatan daring itu, Dimas Prakoso, akan membuka kantor baru.',
      'Dimas Prakoso',
      'CEO',
      false,
      'PT Sehat Digital Nusantara',
    ],
    // "di <body>" after a title names the body.
    [
      'Menurut Rina Marlina, Head of Marketing di Tokopedia, promo tahun ini lebih panjang.',
      'Rina Marlina',
      'Head of Marketing',
      false,
      'Tokopedia',
    ],
  ])('%s', (...row) => expectAffiliated(row));
});

describe('names past a clause, an honorific, a brand and its country, a unit of the body', () => {
  it.each<AffRow>([
    // Degrees after the comma open the name: they are no second field of the title.
    [
      'Ketua tim peneliti, Prof. Dr. Laras Wicaksono, memaparkan hasil uji baterai.',
      'Laras Wicaksono',
      'Ketua tim peneliti',
      false,
      null,
    ],
    // A clause about the post between the title and the name.
    [
      'PT Gula Manis Jaya menambah dua pabrik. Direktur utama perusahaan itu, yang baru menjabat sejak Maret, Ratih Kusumawardani, menyebut produksi naik.',
      'Ratih Kusumawardani',
      'Direktur utama',
      false,
      'PT Gula Manis Jaya',
    ],
    // A description of the body between the title and the name.
    [
      'Direktur PT Sinar Elektronika, produsen merek Sinarvision, Tekad Wibisono menyebut pesanan naik.',
      'Tekad Wibisono',
      'Direktur',
      false,
      'PT Sinar Elektronika',
    ],
    [
      'Direktur Utama PT Sinar Pangan Tbk, pemilik jaringan Toko Segar, Yosef Boli, mengatakan penjualan naik.',
      'Yosef Boli',
      'Direktur Utama',
      false,
      'PT Sinar Pangan Tbk',
    ],
    [
      'Corporate Secretary PT Medika Raya Tbk, pengelola jaringan RS Medika, Rina Lubis, menyebut klaim tertahan.',
      'Rina Lubis',
      'Corporate Secretary',
      false,
      'PT Medika Raya Tbk',
    ],
    // One of several holders.
    [
      '"Pembeli mulai ramai," ujar Sutrisno, salah seorang pedagang, kepada wartawan.',
      'Sutrisno',
      'Pedagang',
      false,
      null,
    ],
    [
      'Ketua Umum Asosiasi Kopi Indonesia (AKI), organisasi yang menaungi ratusan roaster, Laras Wicaksono, menyebut ekspor naik.',
      'Laras Wicaksono',
      'Ketua Umum',
      false,
      'Asosiasi Kopi Indonesia',
    ],
    // The age in parentheses between the name and the title.
    [
      'Laras Wicaksono (45), Direktur Utama PT Kopi Priangan, menilai pasar tumbuh.',
      'Laras Wicaksono',
      'Direktur Utama',
      false,
      'PT Kopi Priangan',
    ],
    // An unknown brand with its country run into the name.
    [
      'Country Manager Worldpanel Kantara Indonesia Fadli Hamzah menyebut penjualan naik.',
      'Fadli Hamzah',
      'Country Manager',
      false,
      'Worldpanel Kantara Indonesia',
    ],
    // A unit of the body after it is no portfolio of the post: the person works for the unit (corpus README:
    // an organisation is named in the fullest form written).
    [
      'General Manager PT PLN (Persero) Unit Induk Distribusi Sumatera Utara Darmaji menyatakan gardu baru siap.',
      'Darmaji',
      'General Manager',
      false,
      'PT PLN (Persero) Unit Induk Distribusi Sumatera Utara',
    ],
  ])('%s', (...row) => expectAffiliated(row));
});

describe('a post given with a copula', () => {
  it.each<AffRow>([
    [
      'Bagas Pratomo merupakan Direktur Pemasaran PT Astra International Tbk.',
      'Bagas Pratomo',
      'Direktur Pemasaran',
      false,
      'PT Astra International Tbk',
    ],
    [
      'Laras Wicaksono adalah Ketua Umum Asosiasi Kopi Indonesia.',
      'Laras Wicaksono',
      'Ketua Umum',
      false,
      'Asosiasi Kopi Indonesia',
    ],
    [
      '"Harga stabil," kata Tirta Wirawan. Tirta, yang merupakan Direktur Pemasaran PT Kopi Priangan, menambahkan stok cukup.',
      'Tirta Wirawan',
      'Direktur Pemasaran',
      false,
      'PT Kopi Priangan',
    ],
  ])('%s', (...row) => expectAffiliated(row));
});

describe('two titles joined, portfolios, units and ranks between the title and the name', () => {
  it.each<AffRow>([
    // Two titles joined by "dan" before one name: one person holds both.
    [
      'Co-founder dan CEO Frigo Logistik Arief Wicaksana mengatakan gudang baru siap.',
      'Arief Wicaksana',
      'Co-founder dan CEO',
      false,
      'Frigo Logistik',
    ],
    // A month ending the previous sentence is no abbreviation inside an English title.
    [
      'Uji coba berjalan sejak Oktober. General Manager External Relations XL Axiata, Bonifasius Rangga, menyebut hasilnya baik.',
      'Bonifasius Rangga',
      'General Manager External Relations',
      false,
      'XL Axiata',
    ],
    // A portfolio after "Bidang" runs to the comma, known words or not.
    [
      'Anggota Dewan Komisioner OJK Bidang Pengawasan Perilaku Pelaku Usaha, Friderica Widyasari Dewi, mengingatkan nasabah.',
      'Friderica Widyasari Dewi',
      'Anggota Dewan Komisioner Bidang Pengawasan Perilaku Pelaku Usaha',
      true,
      'Otoritas Jasa Keuangan',
    ],
    // Three unknown field words before the body; the rank that follows is no role of its own.
    [
      'Direktur Reserse Narkoba Polda Jawa Tengah Kombes Pol. Anwar Nasir menunjukkan barang bukti.',
      'Anwar Nasir',
      'Direktur Reserse Narkoba',
      true,
      'Polda Jawa Tengah',
    ],
    // A unit with a number and a city between the body and the name.
    [
      'Manager Humas KAI Daop 8 Surabaya Luqman Arif mengatakan tiket mudik terjual.',
      'Luqman Arif',
      'Manager Humas',
      false,
      'KAI Daop 8 Surabaya',
    ],
  ])('%s', (...row) => expectAffiliated(row));
});

describe('two posts written with a slash', () => {
  it.each<AffRow>([
    // The second post names no known body: the words after it do.
    ['Founder/CEO Kopiku, Tirta Wirawan, menyebut gerai bertambah.', 'Tirta Wirawan', 'Founder/CEO', false, 'Kopiku'],
    [
      'Direktur Utama/Chief Executive Officer PT Kopi Priangan, Laras Wicaksono, menyebut laba naik.',
      'Laras Wicaksono',
      'Direktur Utama/Chief Executive Officer PT Kopi Priangan',
      false,
      'PT Kopi Priangan',
    ],
    // A slash between two bodies: the role ends at its own words, with no stray slash.
    [
      'Deputi Bidang Tata Kelola Air Kementerian Lingkungan Hidup/Badan Pengendalian Lingkungan Hidup (KLH/BPLH), Rina Kartika, membuka acara.',
      'Rina Kartika',
      'Deputi Bidang Tata Kelola Air',
      true,
      'Badan Pengendalian Lingkungan Hidup',
    ],
    [
      'Kepala Biro Umum Kementerian Agama/Badan Pengendalian Lingkungan Hidup, Sri Wulandari, membuka rapat.',
      'Sri Wulandari',
      'Kepala Biro Umum',
      true,
      'Badan Pengendalian Lingkungan Hidup',
    ],
    // Not a slash between bodies: the one between two posts stays in the role.
    [
      'Founder/Direktur Kopiku, Tirta Wirawan, menyebut gerai bertambah.',
      'Tirta Wirawan',
      'Founder/Direktur',
      false,
      'Kopiku',
    ],
  ])('%s', (...row) => expectAffiliated(row));
});

describe('a region or a board around the body', () => {
  it.each<AffRow>([
    // The region after a body's acronym names its regional office: it is no part of the role.
    [
      'Kepala Badan Pendapatan Daerah (Bapenda) Kota Bandung, Gun Gun Sumaryana, memaparkan target pajak hotel.',
      'Gun Gun Sumaryana',
      'Kepala',
      true,
      'Badan Pendapatan Daerah (Bapenda) Kota Bandung',
    ],
    [
      'Kepala Dinas Kesehatan (Dinkes) Kota Surabaya Nanik Sukristina meninjau puskesmas di Tambaksari.',
      'Nanik Sukristina',
      'Kepala',
      true,
      'Dinas Kesehatan (Dinkes) Kota Surabaya',
    ],
    // A province after the body, with or without "Provinsi"; the name after it may open with an everyday word.
    [
      'Ketua Kadin Jawa Timur Adik Dwi Putranto membuka pameran produk ekspor.',
      'Adik Dwi Putranto',
      'Ketua',
      false,
      'Kamar Dagang dan Industri Indonesia Jawa Timur',
    ],
    // A party's or an association's central board (DPP) belongs to the body, not to the role.
    [
      'Ketua Umum DPP Partai Golkar Bahlil Lahadalia menghadiri rapat kerja partai.',
      'Bahlil Lahadalia',
      'Ketua Umum',
      false,
      'Partai Golkar',
    ],
    // A board written out is the post's own ("Ketua Dewan Pengurus").
    [
      'Ketua Dewan Pengurus Asosiasi Asuransi Jiwa Indonesia (AAJI) Budi Tampubolon menilai klaim naik.',
      'Budi Tampubolon',
      'Ketua Dewan Pengurus',
      false,
      'Asosiasi Asuransi Jiwa Indonesia',
    ],
    // A grade after the body's short name is the body's, with the port it serves; it is no part of the role.
    [
      'Kepala KSOP Utama Tanjung Perak, Rina Kartika, membuka acara.',
      'Rina Kartika',
      'Kepala',
      true,
      'Kantor Syahbandar dan Otoritas Pelabuhan Utama Tanjung Perak',
    ],
    [
      'Kepala KSOP Utama Makassar Rina Kartika memeriksa kapal penumpang.',
      'Rina Kartika',
      'Kepala',
      true,
      'Kantor Syahbandar dan Otoritas Pelabuhan Utama Makassar',
    ],
    // Not a grade after the body: a portfolio after it, and "Utama" before it, stay in the role.
    [
      'Wakil Ketua Umum Kadin Bidang Pariwisata, Rina Kartika, membuka acara.',
      'Rina Kartika',
      'Wakil Ketua Umum Bidang Pariwisata',
      false,
      'Kamar Dagang dan Industri Indonesia',
    ],
    [
      'Direktur Utama PT Pelabuhan Nusa, Rina Kartika, membuka acara.',
      'Rina Kartika',
      'Direktur Utama',
      false,
      'PT Pelabuhan Nusa',
    ],
  ])('%s', (...row) => expectAffiliated(row));
});

describe('a post given after "sebagai", one more holder of a post', () => {
  it.each<AffRow>([
    // An appointment: the post after "sebagai" is the role, not the trade written before the name.
    [
      'PT Kopi Nusantara Tbk menunjuk penyanyi Dewi Lestari sebagai duta merek untuk kampanye baru.',
      'Dewi Lestari',
      'Duta Merek',
      false,
      'PT Kopi Nusantara Tbk',
    ],
    [
      'Merek sepatu lokal itu menggandeng aktris Rania Putri sebagai brand ambassador.',
      'Rania Putri',
      'Brand Ambassador',
      false,
      null,
    ],
    // A comma after an apposed name before "sebagai"; the brand after the part is what the part is for.
    [
      'Produsen kopi PT Kopi Nusantara Tbk memilih penyanyi asal Medan, Tiara Sinaga, sebagai duta merek Kopinus untuk Sumatra.',
      'Tiara Sinaga',
      'Duta Merek',
      false,
      'PT Kopi Nusantara Tbk',
    ],
    [
      'PT Kopi Nusantara Tbk menggandeng aktor Dimas Anggara sebagai brand ambassador Kopinus untuk pasar Jawa.',
      'Dimas Anggara',
      'Brand Ambassador',
      false,
      'PT Kopi Nusantara Tbk',
    ],
    // What follows "sebagai" is no post: the title before the name stays.
    [
      'Direktur Utama PT Kopi Nusantara Tbk, Budi Santoso, sebagai tuan rumah menyambut para tamu.',
      'Budi Santoso',
      'Direktur Utama',
      false,
      'PT Kopi Nusantara Tbk',
    ],
    // Two lower-case words closing the sentence after "sebagai": a part no list holds is the role too.
    [
      'PT Sari Roti Tbk meluncurkan roti baru. Perseroan menunjuk aktor Reza Pahlevi sebagai bintang iklan.',
      'Reza Pahlevi',
      'bintang iklan',
      false,
      null,
    ],
    // One word, or words that go on, say what the person did there, not a post: the title stays.
    ['Seminar itu menghadirkan ekonom Rina Kusuma sebagai pembicara.', 'Rina Kusuma', 'Ekonom', false, null],
    [
      'Seminar itu menghadirkan ekonom Rina Kusuma sebagai pembicara kunci di sesi pagi.',
      'Rina Kusuma',
      'Ekonom',
      false,
      null,
    ],
    // "lainnya" and "lain" mark another holder of the same post: no part of the role or the body.
    [
      'Anggota Komisi VII lainnya dari Fraksi Partai Demokrat, Ratna Juwita, meminta audit menyeluruh.',
      'Ratna Juwita',
      'Anggota Komisi VII',
      true,
      null,
    ],
    [
      'Ekonom lain dari Universitas Gadjah Mada, Tadjuddin Noer, menilai dampaknya kecil.',
      'Tadjuddin Noer',
      'Ekonom',
      false,
      'Universitas Gadjah Mada',
    ],
    ['Pedagang lainnya, Suparmi, mengeluhkan harga cabai yang terus naik.', 'Suparmi', 'Pedagang', false, null],
  ])('%s', (...row) => expectAffiliated(row));
});

describe('a command in an abbreviated title, a post named after its body', () => {
  it.each<AffRow>([
    // The command an abbreviated title names is the body, as the full title's is ("Kepala Kepolisian Daerah …"):
    // the dev gold writes "Kepala" + the Polda, and the README leaves the body out of the role.
    [
      'Kapolres Bogor AKBP Rio Wahyu Anggoro memantau arus mudik di jalur Puncak.',
      'Rio Wahyu Anggoro',
      'Kepala',
      true,
      'Polres Bogor',
    ],
    [
      'Danrem 062/Tarumanagara Kolonel Inf Rudi Hartanto meninjau lahan.',
      'Rudi Hartanto',
      'Komandan',
      true,
      'Korem 062/Tarumanagara',
    ],
    [
      'Wakapolda Jabar Brigjen Pol Adang Ginanjar memimpin apel.',
      'Adang Ginanjar',
      'Wakil Kepala',
      true,
      'Polda Jabar',
    ],
    // Without a unit after it the abbreviation is the whole role.
    ['Sore itu Kapolda Irjen Pol Rudi Setiawan tiba di lokasi.', 'Rudi Setiawan', 'Kepala Polda', true, null],
    // "kepala dinas itu": the post keeps its body's kind and points back to the body named before.
    [
      'Dinas Penanaman Modal Jawa Barat mempercepat izin usaha. Hal itu disampaikan Ade Kurniawan, yang menjabat pelaksana tugas kepala dinas itu sejak Juli.',
      'Ade Kurniawan',
      'Pelaksana Tugas Kepala Dinas',
      true,
      'Dinas Penanaman Modal Jawa Barat',
    ],
  ])('%s', (...row) => expectAffiliated(row));
});

describe('a head of a regional unit written out, its acronym and its territory', () => {
  it.each<AffRow>([
    // "Kepolisian Resor/Sektor" and "Unit Pelaksana Teknis (Daerah)" head a body as "Kepolisian Daerah" does: the
    // post is "Kepala", the unit with its acronym and territory the body.
    [
      'Kepala Kepolisian Resor (Polres) Sorong Selatan, AKBP Budi Hartono, menambah patroli di pelabuhan.',
      'Budi Hartono',
      'Kepala',
      true,
      'Kepolisian Resor (Polres) Sorong Selatan',
    ],
    [
      'Kepala Kepolisian Sektor (Polsek) Tanah Abang, Kompol Haris Munandar, menutup dua ruas jalan.',
      'Haris Munandar',
      'Kepala',
      true,
      'Kepolisian Sektor (Polsek) Tanah Abang',
    ],
    [
      'Kepala Unit Pelaksana Teknis Daerah (UPTD) Pengelolaan Air Limbah Kota Bogor, Rina Suryani, menjelaskan kapasitas instalasi.',
      'Rina Suryani',
      'Kepala',
      true,
      'Unit Pelaksana Teknis Daerah (UPTD) Pengelolaan Air Limbah Kota Bogor',
    ],
    [
      'Menurut Kepala Unit Pelaksana Teknis (UPT) Pelabuhan Perikanan Nusantara Sibolga, Budi Santoso, tangkapan turun.',
      'Budi Santoso',
      'Kepala',
      true,
      'Unit Pelaksana Teknis (UPT) Pelabuhan Perikanan Nusantara Sibolga',
    ],
  ])('%s', (...row) => expectAffiliated(row));

  // Negative: the words in lower case describe a kind of office and name no body.
  it('finds no body in "unit pelaksana teknis" written in lower case', () => {
    const r = extract('Pemerintah daerah akan membentuk unit pelaksana teknis baru untuk mengelola sampah.');
    expect(r.organizations.map((o) => o.name).filter((n) => /Unit/i.test(n))).toEqual([]);
  });
});

describe('a territory of two words that opens with a first name', () => {
  it.each<Row>([
    // "Raja" is also a first name, but "Raja Ampat" is a regency: a place of two or more words is the post's.
    [
      'Keputusan itu diumumkan Bupati Raja Ampat, Yohanis Mambraku, di Waisai.',
      'Yohanis Mambraku',
      'Bupati Raja Ampat',
      true,
    ],
    ['Bupati Raja Ampat Orideko Burdam meninjau dermaga baru.', 'Orideko Burdam', 'Bupati Raja Ampat', true],
    [
      'Menurut Wakil Bupati Raja Ampat, Mansyur Syahdan, kuota wisatawan dibatasi.',
      'Mansyur Syahdan',
      'Wakil Bupati Raja Ampat',
      true,
    ],
    // Negative: a first name alone after the post is the holder's, not a territory.
    ['Bupati Rahmat Hidayat meninjau dermaga baru.', 'Rahmat Hidayat', 'Bupati', true],
  ])('%s', (...row) => expectPerson(row));
});

describe("a member's seat between the post and the name", () => {
  it.each<AffRow>([
    // "asal daerah pemilihan X," / "asal X," says where the member comes from; the name follows the comma.
    [
      'Anggota Komisi XI DPR asal daerah pemilihan NTT, Yosef Lelo, meminta BI menambah titik penukaran.',
      'Yosef Lelo',
      'Anggota Komisi XI',
      true,
      'Dewan Perwakilan Rakyat',
    ],
    [
      'Anggota Komisi IV DPR asal Jawa Timur, Siti Rahayu, mendesak harga pupuk turun.',
      'Siti Rahayu',
      'Anggota Komisi IV',
      true,
      'Dewan Perwakilan Rakyat',
    ],
    [
      'Anggota Komisi VI DPR asal dapil Sumatera Barat II, Rahmat Hidayat, menyoroti harga gula.',
      'Rahmat Hidayat',
      'Anggota Komisi VI',
      true,
      'Dewan Perwakilan Rakyat',
    ],
  ])('%s', (...row) => expectAffiliated(row));

  // Negative: without a comma and a name after it, "asal" opens no clause and gives no holder.
  it('reads no holder after "asal" with no comma', () => {
    const r = extract('Anggota Komisi XI DPR asal NTT meminta BI menambah titik penukaran.');
    expect(r.persons.filter((p) => p.role === 'Anggota Komisi XI')).toEqual([]);
  });

  // Two short names that share a first word: each later use goes to its own company.
  it('tells apart a parent and a subsidiary whose short names share a first word', () => {
    const r = extract(
      'PT Sinar Gas Nusantara (SGN) dan PT Sinar Gas Nusantara Hulu (SGN Hulu) meneken kontrak. Direktur SGN Hulu, Rina Lubis, hadir. Direktur SGN, Yosef Boli, juga hadir.',
    );
    expect(r.persons.map((p) => [p.name, p.role, p.affiliation])).toEqual([
      ['Rina Lubis', 'Direktur', 'PT Sinar Gas Nusantara Hulu'],
      ['Yosef Boli', 'Direktur', 'PT Sinar Gas Nusantara'],
    ]);
  });

  // Negative: a description of the body with no name after it gives no holder.
  it('reads no holder from a description closed by a verb', () => {
    const r = extract('Direktur Utama PT Sinar Pangan Tbk, pemilik saham mayoritas, mengatakan penjualan naik.');
    expect(r.persons).toEqual([]);
  });
});

describe('an acronym as a second field, a body with its short name before ", NAME"', () => {
  it.each<AffRow>([
    [
      'Direktur Korporasi dan UMKM PT Bank Sejahtera Tbk, Rizal Harahap, menyebut permintaan kredit naik.',
      'Rizal Harahap',
      'Direktur Korporasi dan UMKM',
      false,
      'PT Bank Sejahtera Tbk',
    ],
    [
      'Chief Marketing Officer PT Dompet Cerdas Nusantara Koe (Dompet Cerdas), Dita Anggraeni, menyebut pengguna naik.',
      'Dita Anggraeni',
      'Chief Marketing Officer',
      false,
      'PT Dompet Cerdas Nusantara Koe',
    ],
  ])('%s', (...row) => expectAffiliated(row));
});

describe('abbreviated police and regional titles', () => {
  it.each<AffRow>([
    [
      'Kabag Humas Pemerintah Kota Bandung Budi Santosa menjelaskan jadwal pembayaran pajak.',
      'Budi Santosa',
      'Kepala Bagian Humas',
      true,
      'Pemerintah Kota Bandung',
    ],
    [
      'Kadishub Kota Bandung Asep Hidayat meminta warga memakai angkutan umum.',
      'Asep Hidayat',
      'Kepala',
      true,
      'Dinas Perhubungan Kota Bandung',
    ],
    [
      'Dirlantas Polda Metro Jaya Kombes Pol Latif Usman mengalihkan arus.',
      'Latif Usman',
      'Direktur Lalu Lintas',
      true,
      'Kepolisian Daerah Metro Jaya',
    ],
    [
      'Dirtipidsiber Bareskrim Polri Brigjen Pol. Himawan Bayu Aji mengimbau warga waspada tautan palsu.',
      'Himawan Bayu Aji',
      'Direktur Tindak Pidana Siber',
      true,
      'Badan Reserse Kriminal',
    ],
  ])('%s', (...row) => expectAffiliated(row));
});

describe('constituencies, units with a number, unknown field words before the body', () => {
  it.each<AffRow>([
    // The member's constituency is colour.
    [
      'Anggota Komisi XI DPR dari daerah pemilihan Jawa Tengah II, Sri Rahayu, meminta bunga diturunkan.',
      'Sri Rahayu',
      'Anggota Komisi XI',
      true,
      'Dewan Perwakilan Rakyat',
    ],
    // A unit with a number after the body belongs to the body.
    [
      'Regional Head Pelindo Regional 2, Budi Prakoso, menyebut arus peti kemas naik.',
      'Budi Prakoso',
      'Regional Head',
      false,
      'Pelindo Regional 2',
    ],
    // A branch, at a seat the gazetteer does not know up to the comma, is the company's unit too.
    [
      'General Manager Pelindo Cabang Teluk Bayur, Rudi Hartono, menyebut kapal bertambah.',
      'Rudi Hartono',
      'General Manager',
      false,
      'Pelindo Cabang Teluk Bayur',
    ],
    // A state body's branch; a company's unit after the short name the text gave it.
    [
      'Kepala BPJS Ketenagakerjaan Cabang Pekanbaru, Yohanes Wirawan, menyebut klaim naik.',
      'Yohanes Wirawan',
      'Kepala',
      true,
      'BPJS Ketenagakerjaan Cabang Pekanbaru',
    ],
    [
      'PT Sinar Tambang Nusantara (STN) menambah kapal. General Manager STN Regional II, Yohanes Wirawan, menyebut kapal tiba.',
      'Yohanes Wirawan',
      'General Manager',
      false,
      'STN Regional II',
    ],
    [
      'Sari Wulandari, Pemimpin BRI Cabang Sukaraja, mengatakan kredit naik.',
      'Sari Wulandari',
      'Pemimpin',
      false,
      'BRI Cabang Sukaraja',
    ],
    // A first name after the unit word is the holder's, no seat.
    [
      'Kepala BRI Cabang Agus Salim, mengatakan kredit naik.',
      'Agus Salim',
      'Kepala Cabang',
      false,
      'PT Bank Rakyat Indonesia (Persero) Tbk',
    ],
    // A second field word the lexicon does not know, up to the body.
    [
      'Direktur Industri Elektronika dan Telematika Kemenperin, Bayu Setiawan, menyebut sertifikat bertambah.',
      'Bayu Setiawan',
      'Direktur Industri Elektronika dan Telematika',
      true,
      'Kementerian Perindustrian',
    ],
    // A regional head of a state company.
    [
      'Pemimpin Wilayah Perum Bulog Jawa Tengah, Dedi Saputra, menyebut stok beras cukup.',
      'Dedi Saputra',
      'Pemimpin Wilayah',
      false,
      'Perum Bulog Jawa Tengah',
    ],
    // "&" inside a body named after a title written after the name.
    [
      'Marcus Hale, Vice President Operations Kalani Hotels & Resorts, mengatakan kamar hampir penuh.',
      'Marcus Hale',
      'Vice President Operations',
      false,
      'Kalani Hotels & Resorts',
    ],
  ])('%s', (...row) => expectAffiliated(row));
});

describe('appositions with initials, seats, products and trades', () => {
  it.each<AffRow>([
    // A first initial opens the name after the comma.
    [
      'General Manager PT Listrik Timur, F. Eko Sulistyo, menyebut jaringan bertambah.',
      'F. Eko Sulistyo',
      'General Manager',
      false,
      'PT Listrik Timur',
    ],
    // The office's seat after "di", then the name after a comma.
    [
      'Kepala Balai Besar POM di Makassar, Nurhayati Syamsuddin, menyebut izin edar bertambah.',
      'Nurhayati Syamsuddin',
      'Kepala',
      true,
      'Balai Besar POM di Makassar',
    ],
    // The product a brand manager looks after, then the company after "di".
    [
      'Brand Manager Kopiko di Mayora, Yoga Pradipta, menjelaskan strategi iklan.',
      'Yoga Pradipta',
      'Brand Manager Kopiko',
      false,
      'Mayora',
    ],
    // A trade in lower case with words the lexicon does not know; "Bu" is an honorific.
    [
      'Harga gula naik lagi. Bu Wartini, pemilik warung kelontong di Bekasi, mengaku omzet turun.',
      'Wartini',
      'Pemilik warung kelontong',
      false,
      null,
    ],
  ])('%s', (...row) => expectAffiliated(row));
});

describe('unknown field words listed up to the body', () => {
  it.each<Row>([
    // "A dan B" of unknown words before the ministry: the directorate's portfolio, not a name.
    [
      'Direktur Bina Usaha dan Pelaku Distribusi Kementerian Perdagangan, Nina Kartika, membuka pameran waralaba.',
      'Nina Kartika',
      'Direktur Bina Usaha dan Pelaku Distribusi',
      true,
    ],
    // "A, B, dan C" before the body: one portfolio.
    [
      'Kepala Eksekutif Pengawas Pasar Modal, Keuangan Derivatif, dan Bursa Karbon OJK Inarno Djajadi mengingatkan para emiten.',
      'Inarno Djajadi',
      'Kepala Eksekutif Pengawas Pasar Modal, Keuangan Derivatif, dan Bursa Karbon',
      true,
    ],
    // A longer list, eight words from its first unknown word to the ministry.
    [
      'Direktur Industri Kaca, Logam dan Pengolahan Barang Tambang Bukan Logam Kementerian Perindustrian, Rina Sulastri, menilai permintaan pulih.',
      'Rina Sulastri',
      'Direktur Industri Kaca, Logam dan Pengolahan Barang Tambang Bukan Logam',
      true,
    ],
  ])('%s', (...row) => expectPerson(row));

  it('"perusahaan lain" is another company, not the one just named', () => {
    const r = extract(
      'PT Kereta Api Logistik menambah gerbong. Direktur Operasi perusahaan lain, Yudha Pratama, menyebut muatan naik.',
    );
    expect(r.persons.find((p) => p.name === 'Yudha Pratama')?.affiliation).not.toBe('PT Kereta Api Logistik');
  });

  it('a list that a comma leaves open before the body is no field', () => {
    const r = extract('Direktur Utama Hendro Wiyono, Rahmat Budianto OJK menilai pasar stabil.');
    expect(r.persons.map((p) => p.role)).not.toContain('Direktur Utama Hendro Wiyono, Rahmat Budianto');
  });

  it('names listed before a body are no field, however long the list', () => {
    const r = extract(
      'Direktur Utama Hendro Wiyono, Rahmat Budianto dan Agus Salim Kementerian Perdagangan menilai pasar stabil.',
    );
    expect(r.persons.map((p) => p.role).join()).not.toContain('Budianto');
  });
});

describe('the body named only after the holder, with "dari"', () => {
  it.each([
    // The body after "dari" is the post's, and decides the official flag.
    ['Direktur Budi Santoso dari Kementerian Perdagangan mengatakan ekspor naik.', true, 'Kementerian Perdagangan'],
    ['Analis Budi Santoso dari Mirae Asset Sekuritas mengatakan indeks naik.', false, 'Mirae Asset Sekuritas'],
    // A member's faction is no body of the post.
    ['Anggota Komisi VI Budi Santoso dari Fraksi Partai Golkar menilai harga naik.', true, null],
  ])('%s', (text, official, affiliation) => {
    const p = extract(text).persons.find((x) => x.name === 'Budi Santoso');
    expect(p).toMatchObject({ official, affiliation });
  });
});

describe("a partner of a franchise, and the holder's home town after the body", () => {
  it.each([
    ['Siti Aminah, mitra Mixue asal Cirebon, menyebut omzet naik.', 'Siti Aminah', 'Mitra', 'Mixue'],
    [
      'Budi Santoso, pemilik Warung Sederhana asal Padang, menyebut omzet naik.',
      'Budi Santoso',
      'Pemilik',
      'Warung Sederhana',
    ],
    // The seat after "di" closes the apposition as the home town does.
    [
      'Salah satu peserta, Rina Marlina, pemilik usaha Rendang Bunda di Bukittinggi, mengaku pesanan naik.',
      'Rina Marlina',
      'Pemilik usaha',
      'Rendang Bunda',
    ],
    ['Budi Santoso, pemilik Toko Makmur di Medan, menyebut harga naik.', 'Budi Santoso', 'Pemilik', 'Toko Makmur'],
    [
      'Siti Aminah, pemilik usaha Batik Sekar Arum di Pekalongan, mengatakan penjualan daring tumbuh.',
      'Siti Aminah',
      'Pemilik usaha',
      'Batik Sekar Arum',
    ],
  ])('%s', (text, name, role, affiliation) => {
    expect(extract(text).persons.find((p) => p.name === name)).toMatchObject({ role, affiliation });
  });

  it('"di" followed by a lower-case word does not close the apposition', () => {
    const p = extract('Budi Santoso, pemilik Toko Makmur di pasar lama, menyebut harga naik.').persons[0];
    expect(p?.affiliation).not.toBe('Toko Makmur');
  });

  it('"mitra" with no name after it is no person', () => {
    expect(extract('Perseroan menambah mitra baru di Jawa Barat tahun ini.').persons).toEqual([]);
  });
});

describe('local posts and their village or district', () => {
  it.each<Row>([
    // The village or district belongs to the post, not to the name, known to the gazetteer or not.
    ['Kepala Desa Sukamaju Ujang Sobari mengatakan panen naik.', 'Ujang Sobari', 'Kepala Desa Sukamaju', true],
    ['Camat Pujon, Budi Santoso, mengatakan pasar ramai.', 'Budi Santoso', 'Camat Pujon', true],
    ['Lurah Menteng Agus Salim meninjau banjir.', 'Agus Salim', 'Lurah Menteng', true],
    // The district the village lies in, between commas, is part of the post too.
    [
      'Kepala Desa Cibodas, Kecamatan Lembang, Ujang Sobari, mengatakan panen naik.',
      'Ujang Sobari',
      'Kepala Desa Cibodas, Kecamatan Lembang',
      true,
    ],
    // A known first name after the post, or a name of two words alone, is the holder.
    ['Camat Ahmad Rizal mengatakan pasar ramai.', 'Ahmad Rizal', 'Camat', true],
    ['Kepala Desa Ujang Sobari mengatakan panen naik.', 'Ujang Sobari', 'Kepala Desa', true],
    // A regent's or a mayor's regency or city the gazetteer does not know is part of the post the same way.
    ['Bupati Mentawai Yudas Sabaggalet meninjau dermaga.', 'Yudas Sabaggalet', 'Bupati Mentawai', true],
    ['Wakil Bupati Lebong Rina Marlina, S.E., menyerahkan bantuan.', 'Rina Marlina', 'Wakil Bupati Lebong', true],
    ['Wali Kota Tual, Adam Rahayaan, meninjau pasar.', 'Adam Rahayaan', 'Wali Kota Tual', true],
    ['Bupati Ahmad Darmawan Syukri meninjau pasar.', 'Ahmad Darmawan Syukri', 'Bupati', true],
  ])('%s', (...row) => expectPerson(row));

  it('the village before the comma is no organisation', () => {
    expect(extract('Kepala Desa Sengkol, Lalu Wiradi, mengatakan panen naik.').organizations).toEqual([]);
  });
});

describe('interim posts', () => {
  it.each<Row>([
    // "Pj." and "Plh" are kept, written out: an interim governor is not the elected one.
    ['Pj. Gubernur Papua Tengah Anwar Harun meninjau bandara.', 'Anwar Harun', 'Penjabat Gubernur Papua Tengah', true],
    ['Pj Bupati Bekasi Dedy Supriyadi membuka pasar murah.', 'Dedy Supriyadi', 'Penjabat Bupati Bekasi', true],
    [
      'Pelaksana Harian (Plh) Direktur Utama PT Garuda Indonesia Fadjar Widodo menjelaskan jadwal.',
      'Fadjar Widodo',
      'Pelaksana Harian Direktur Utama',
      false,
    ],
    // The elected office written alone keeps its plain role.
    ['Gubernur Papua Tengah Meki Nawipa meninjau bandara.', 'Meki Nawipa', 'Gubernur Papua Tengah', true],
  ])('%s', (...row) => expectPerson(row));
});

describe('hyphenated given names', () => {
  it.each<Row>([
    [
      'Kim Seo-yeon, President Director PT Hanra Baterai Indonesia, menyebut pabrik mulai berproduksi.',
      'Kim Seo-yeon',
      'President Director',
      false,
    ],
    [
      'Presiden Direktur PT Daesung Motor Indonesia Choi Min-jun meresmikan diler.',
      'Choi Min-jun',
      'Presiden Direktur',
      false,
    ],
  ])('%s', (...row) => expectPerson(row));

  it('a dash between spaces is no part of the name', () => {
    const names = extract('Menurut Andi Wijaya - pedagang asal Bandung - harga cabai naik.').persons.map((p) => p.name);
    expect(names).toEqual(['Andi Wijaya']);
  });
});

describe('a fuller post later in the text', () => {
  it.each<Row>([
    // The lead names the post short, the body in full: the full post is the role, in either order.
    [
      'Gubernur Sherly Tjoanda meninjau pelabuhan. Gubernur Maluku Utara Sherly Tjoanda mengatakan kapal ditambah.',
      'Sherly Tjoanda',
      'Gubernur Maluku Utara',
      true,
    ],
    [
      'Gubernur Maluku Utara Sherly Tjoanda meninjau pelabuhan. Gubernur Sherly Tjoanda mengatakan kapal ditambah.',
      'Sherly Tjoanda',
      'Gubernur Maluku Utara',
      true,
    ],
    // A different post later does not replace the first one.
    [
      'Bupati Sleman Harda Kiswaya membuka pasar. Ketua DPC Partai Gerindra Harda Kiswaya hadir pula.',
      'Harda Kiswaya',
      'Bupati Sleman',
      true,
    ],
  ])('%s', (...row) => expectPerson(row));
});

describe('former posts', () => {
  it.each<Row>([
    // A former post is kept as written, and makes nobody an official now.
    [
      'Mantan Menteri Perhubungan Ignasius Jonan menilai tarif tol wajar.',
      'Ignasius Jonan',
      'mantan Menteri Perhubungan',
      false,
    ],
    [
      'Hal itu diingatkan mantan Gubernur Bank Indonesia Agus Martowardojo dalam seminar.',
      'Agus Martowardojo',
      'mantan Gubernur Bank Indonesia',
      false,
    ],
    [
      'Emirsyah Wibowo, mantan Direktur Utama PT Angkasa Niaga, menilai tarif terlalu tinggi.',
      'Emirsyah Wibowo',
      'mantan Direktur Utama PT Angkasa Niaga',
      false,
    ],
    // The post held now is unchanged.
    ['Menteri Perhubungan Dudy Purwagandhi meninjau terminal.', 'Dudy Purwagandhi', 'Menteri Perhubungan', true],
  ])('%s', (...row) => expectPerson(row));
});

describe("a pharmacist's lower-case 'apt.' before the name", () => {
  it.each<Row>([
    [
      'Ketua Umum Ikatan Apoteker Indonesia apt. Noffendri Roestam, S.Si., menyebut stok obat cukup.',
      'Noffendri Roestam',
      'Ketua Umum',
      false,
    ],
  ])('%s', (...row) => expectPerson(row));

  it('"apt" is no name', () => {
    const names = extract(
      'Ketua Umum Ikatan Apoteker Indonesia apt. Noffendri Roestam menyebut stok obat cukup.',
    ).persons;
    expect(names.map((p) => p.name)).toEqual(['Noffendri Roestam']);
  });
});

describe('words after a capitalised everyday word inside a sentence', () => {
  it('are a longer proper name, not a person', () => {
    const r = extract('Ia berdagang di Pasar Induk Kramat Jati, mengatakan pembeli berkurang.');
    expect(r.persons).toEqual([]);
  });
  it('an honorific still opens a name', () => {
    const r = extract('"Kami siap," ujar Ibu Sulastri Wening kepada wartawan.');
    expect(r.persons.map((p) => p.name)).toEqual(['Sulastri Wening']);
  });
});

describe('English fields listed with commas', () => {
  it.each<Row>([
    [
      'Area Manager Communication, Relations & CSR PT Energi Niaga Nusantara, Susanto Wibisono, mengatakan stok aman.',
      'Susanto Wibisono',
      'Area Manager Communication, Relations & CSR',
      false,
    ],
    // A comma not followed by another field and "&" or "," ends the title.
    [
      'Senior Manager Marketing PT Energi Niaga Nusantara, Susanto Wibisono, mengatakan stok aman.',
      'Susanto Wibisono',
      'Senior Manager Marketing',
      false,
    ],
  ])('%s', (...row) => expectPerson(row));
});

describe('an acronym cue inside a title', () => {
  it.each<Row>([
    // "BUMN" after "Menteri" is the portfolio, not a cue that names the next words a company.
    ['Menteri BUMN Erick Thohir meninjau pabrik.', 'Erick Thohir', 'Menteri BUMN', true],
    [
      'Wakil Menteri BUMN Kartika Wirjoatmodjo meninjau pabrik.',
      'Kartika Wirjoatmodjo',
      'Wakil Menteri Badan Usaha Milik Negara',
      true,
    ],
  ])('%s', (...row) => expectPerson(row));

  it('the cue still names a company after a lower-case word', () => {
    const r = extract('Saham perusahaan BUMN Danareksa naik tajam.');
    expect(r.organizations.map((o) => o.name)).toContain('Danareksa');
    expect(r.persons).toEqual([]);
  });
});

describe('a portfolio listed with ", dan" before the body or its acronym', () => {
  it.each<Row>([
    [
      'Direktur Jenderal Industri Kecil, Menengah, dan Aneka (IKMA) Kemenperin Reni Yanita membuka pameran.',
      'Reni Yanita',
      'Direktur Jenderal Industri Kecil, Menengah, dan Aneka',
      true,
    ],
    [
      'Direktur Pembinaan Usaha, Ekspor, dan Jasa Kementerian Perdagangan Lestari Wulandari membuka pameran.',
      'Lestari Wulandari',
      'Direktur Pembinaan Usaha, Ekspor, dan Jasa',
      true,
    ],
  ])('%s', (...row) => expectPerson(row));
});

describe('"Juru bicara" with its second word in lower case', () => {
  it.each<Row>([
    [
      'Juru bicara Kementerian Kesehatan Widyawati Nasution mengimbau warga.',
      'Widyawati Nasution',
      'Juru bicara',
      true,
    ],
    [
      'Juru Bicara Kementerian Kesehatan Widyawati Nasution mengimbau warga.',
      'Widyawati Nasution',
      'Juru Bicara',
      true,
    ],
  ])('%s', (...row) => expectPerson(row));
});

describe('degrees between the name and its title', () => {
  it.each<Row>([
    [
      'Ir. Wahyu Pratama, M.Sc., Kepala Pusat Riset Hortikultura BRIN, menjelaskan hasil uji.',
      'Wahyu Pratama',
      'Kepala',
      true,
    ],
    [
      'Lestari Handayani, S.E., M.M., Direktur Keuangan PT Kopi Nusantara Makmur Tbk, menyebut laba naik.',
      'Lestari Handayani',
      'Direktur Keuangan',
      false,
    ],
    // A degree alone after the name gives no role.
    ['Menurut Budi Santoso, M.M., laba naik.', 'Budi Santoso', null, false],
  ])('%s', (...row) => expectPerson(row));
});

describe('degrees after a name with its comma are no name', () => {
  /** Sentence, the one person expected, the quote's speaker. */
  it.each<[string, string, string | null]>([
    [
      'Manajer Riset PT Arah Data, Sinta Maharani, MBA, menilai permintaan pulih. "Kami yakin," ujarnya.',
      'Sinta Maharani',
      'Sinta Maharani',
    ],
    ['Wali Kota Bogor Dedie Rachim, M.Si., meresmikan taman kota.', 'Dedie Rachim', null],
    ['Menurut Rudi Hartono, CFA, pasar obligasi masih tenang.', 'Rudi Hartono', null],
    ['Joko Widodo, PhD, Direktur Utama PT Pangan Raya, membuka pabrik.', 'Joko Widodo', null],
  ])('%s', (sentence, name, speaker) => {
    const x = extract(sentence);
    expect(x.persons.map((p) => p.name)).toEqual([name]);
    expect(x.organizations.some((o) => o.name.includes(name))).toBe(false);
    if (speaker) expect(x.quotes[0]?.speaker).toBe(speaker);
  });

  // A name may still end with an initial or start after a comma with one: only degree shapes are skipped.
  it('keeps initials that open a name', () => {
    const x = extract('Pengamat pasar, S. Budiman, mengatakan harga naik.');
    expect(x.persons.map((p) => p.name)).toEqual(['S. Budiman']);
  });
});

describe('two posts joined by "&"', () => {
  it.each<Row>([
    ['Ratna Sari, Founder & CEO Teknoka Digital, menyebut gerai bertambah.', 'Ratna Sari', 'Founder & CEO', false],
    ['Founder & CEO Teknoka Digital, Ratna Sari, menyebut gerai bertambah.', 'Ratna Sari', 'Founder & CEO', false],
    // "&" joins field words before the English head too.
    [
      'Menurut Dewi Lestari, Food & Beverage Analyst di Kanopi Riset, penjualan naik.',
      'Dewi Lestari',
      'Food & Beverage Analyst',
      false,
    ],
    [
      'Home & Living Director PT Rumah Asri, Yudi Pratama, menyebut gerai bertambah.',
      'Yudi Pratama',
      'Home & Living Director',
      false,
    ],
  ])('%s', (...row) => expectPerson(row));

  // Words after "&" with no head after them stay the body's ("McKinsey & Company").
  it('keeps "& Company" in the body', () => {
    const p = extract('Managing Partner McKinsey & Company Budi Santoso menilai pasar tumbuh.').persons[0];
    expect(p).toMatchObject({ name: 'Budi Santoso', role: 'Managing Partner', affiliation: 'McKinsey & Company' });
  });
});

describe('a post described with "itu" after the name', () => {
  it.each<Row>([
    [
      'Rina Marlina menyebut ekspor naik. Menurut Direktur Pemasaran PT Kopi Gayo Lestari itu, pasar Jepang terbuka.',
      'Rina Marlina',
      'Direktur Pemasaran',
      false,
    ],
    [
      '"Pasar terbuka," kata Rina Marlina. Menurut direktur pemasaran perusahaan itu, ekspor naik.',
      'Rina Marlina',
      'Direktur Pemasaran',
      false,
    ],
    // Without "itu" the post is somebody else's.
    [
      'Rina Marlina menyebut ekspor naik. Direktur Pemasaran PT Kopi Gayo Lestari menambahkan, pasar terbuka.',
      'Rina Marlina',
      null,
      false,
    ],
  ])('%s', (...row) => expectPerson(row));
});

describe("a ship captain's 'Capt.' before the name", () => {
  it.each<Row>([
    [
      'Ketua Bidang Pelayaran Asosiasi Pelayaran Nusantara, Capt. Hendra Siregar, menilai tarif naik.',
      'Hendra Siregar',
      'Ketua Bidang Pelayaran',
      false,
    ],
  ])('%s', (...row) => expectPerson(row));
});

describe('a post after a describing title', () => {
  it.each<Row>([
    // The post in a body after "yang juga" is the role when the title before only describes the person.
    [
      'Pengamat energi Wulan Sari, yang juga Ketua Forum Energi Bersih Nusantara, menilai tarif wajar.',
      'Wulan Sari',
      'Ketua',
      false,
    ],
    // Another description is no post: the first title stays.
    [
      'Pengamat energi Wulan Sari, yang juga dosen Universitas Airlangga, menilai tarif wajar.',
      'Wulan Sari',
      'Pengamat energi',
      false,
    ],
    // A state post before the name stays.
    [
      'Bupati Sleman Harda Kiswaya, yang juga Ketua Forum Bupati Nusantara, meninjau pasar.',
      'Harda Kiswaya',
      'Bupati Sleman',
      true,
    ],
  ])('%s', (...row) => expectPerson(row));
});

describe('a short name standing for a body whose name ends in its region', () => {
  it.each<AffRow>([
    [
      'Badan Pendapatan Daerah (Bapenda) Kaltara mencatat pajak naik. Kepala Bapenda Kaltara, Rina Oktaviani, menyebut data.',
      'Rina Oktaviani',
      'Kepala',
      true,
      'Badan Pendapatan Daerah (Bapenda) Kaltara',
    ],
  ])('%s', (...row) => expectAffiliated(row));
});

describe('an English field word shaped like one after the head', () => {
  it.each<Row>([
    [
      'EVP Transportation Len Industri, Yudistira Pohan, menyiapkan sistem.',
      'Yudistira Pohan',
      'EVP Transportation',
      false,
    ],
    ['Head Procurement PT Sinar Pangan, Maya Lestari, menyebut stok cukup.', 'Maya Lestari', 'Head Procurement', false],
    // A gerund is a department too ("Purchasing", "Engineering"); a name after the head is none.
    [
      'Vice President Purchasing Hanjin Steel, Lee Min-ho, menyebut pesanan naik.',
      'Lee Min-ho',
      'Vice President Purchasing',
      false,
    ],
    [
      'Senior Manager Engineering PT Rekayasa Baja, Dodi Harsono, hadir.',
      'Dodi Harsono',
      'Senior Manager Engineering',
      false,
    ],
    ['Country Manager Irving Santoso menyebut pesanan naik.', 'Irving Santoso', 'Country Manager', false],
    // A body's name after the head is no field word.
    ['EVP Telkomsel, Maya Lestari, menyebut trafik naik.', 'Maya Lestari', 'EVP', false],
    // An ambassador's post names the country it serves in.
    [
      'Duta Besar RI untuk Ethiopia, Yohanes Wirawan, menyambut tim.',
      'Yohanes Wirawan',
      'Duta Besar RI untuk Ethiopia',
      true,
    ],
    // A senior executive vice president, and a head of a region, as state banks and telcos write them.
    ['SEVP Treasury BNI, Yohanes Wirawan, menyebut likuiditas cukup.', 'Yohanes Wirawan', 'SEVP Treasury', false],
    ['Region Head Telkomsel Sumbagut, Rina Lubis, menyebut trafik naik.', 'Rina Lubis', 'Region Head', false],
    // Negative: "Region" before an Indonesian head is a field word, not an English title.
    ['Kepala Region Sumatera, Rina Lubis, datang.', 'Rina Lubis', 'Kepala Region Sumatera', false],
  ])('%s', (...row) => expectPerson(row));
});

describe("a person's body by the organisations list's name", () => {
  it('an affiliation that is only an alias becomes the name it belongs to', () => {
    const r = extract(
      'Komisi III Dewan Perwakilan Rakyat Daerah (DPRD) Kaltara memanggil Bapenda. Ketua Komisi III DPRD Kaltara, Yosua Batara, meminta data dibuka.',
    );
    const names = r.organizations.map((o) => o.name);
    expect(names).toContain(r.persons[0]?.affiliation);
  });
  it('an affiliation that names an organisation stays', () => {
    const r = extract('Direktur Utama PT Bank Mandiri (Persero) Tbk Darmawan Junaidi menyebut kredit naik.');
    expect(r.persons[0]?.affiliation).toBe('PT Bank Mandiri (Persero) Tbk');
  });
});

describe('a unit with a listed region and its short name before ", NAME"', () => {
  it.each<AffRow>([
    [
      'General Manager PLN Unit Induk Distribusi Jawa Timur, Bali, dan Nusa Tenggara (UID Jatimbalinus), Ketut Arsana, menyebut beban naik.',
      'Ketut Arsana',
      'General Manager',
      false,
      'PLN Unit Induk Distribusi Jawa Timur, Bali, dan Nusa Tenggara',
    ],
  ])('%s', (...row) => expectAffiliated(row));

  it('a first name in the run is a person, not the region', () => {
    const r = extract('Direktur Utama PT Sinar Jaya, Budi Santoso, dan Rina (RS), hadir.');
    expect(r.persons.map((p) => p.name)).toContain('Budi Santoso');
  });
});

describe("a company's regional unit named by one word before ', NAME'", () => {
  it.each<AffRow>([
    [
      'Area Manager Communication, Relations & CSR Pertamina Patra Niaga Regional Kalbar, Dimas Prakoso, menyebut stok aman.',
      'Dimas Prakoso',
      'Area Manager Communication, Relations & CSR',
      false,
      'Pertamina Patra Niaga Regional Kalbar',
    ],
  ])('%s', (...row) => expectAffiliated(row));
});

describe('a post serving a state office', () => {
  it.each<Row>([
    [
      'Staf Khusus Menteri Keuangan Yustinus Prastowo menjelaskan aturan pajak.',
      'Yustinus Prastowo',
      'Staf Khusus Menteri Keuangan',
      true,
    ],
    ['Juru Bicara Presiden Prasetyo Hadi menjelaskan program.', 'Prasetyo Hadi', 'Juru Bicara Presiden', true],
    // A spokesperson of a company stays no official.
    ['Juru Bicara PT Sinar Pangan Lestari Tbk Maya Lestari menjelaskan program.', 'Maya Lestari', 'Juru Bicara', false],
  ])('%s', (...row) => expectPerson(row));
});

describe('a regional office known only by its acronym', () => {
  it.each<AffRow>([
    [
      'Kepala Bappeda Jawa Tengah Budi Santoso memaparkan rencana.',
      'Budi Santoso',
      'Kepala',
      true,
      'Bappeda Jawa Tengah',
    ],
    [
      'Kepala Diskominfo Kota Bogor, Rudi Hartanto, menyebut jaringan aman.',
      'Rudi Hartanto',
      'Kepala',
      true,
      'Diskominfo Kota Bogor',
    ],
    // A company's unknown name after a company title stays a company.
    ['CEO Disrupto Budi Santoso menyebut pendanaan naik.', 'Budi Santoso', 'CEO', false, 'Disrupto'],
  ])('%s', (...row) => expectAffiliated(row));
});

describe("a veterinarian's or a dentist's lower-case 'drh.'/'drg.' before the name, alone or after another honorific", () => {
  it.each<Row>([
    [
      'Kepala Balai Karantina Nusa Tenggara Barat, drh. Wayan Sudarma, M.Si., menyebut sapi kiriman sudah diperiksa.',
      'Wayan Sudarma',
      'Kepala',
      true,
    ],
    [
      'Direktur Kesehatan Hewan Kementerian Pertanian, Dr. drh. Nuryani Zainuddin, menjelaskan vaksinasi ternak.',
      'Nuryani Zainuddin',
      'Direktur Kesehatan Hewan',
      true,
    ],
    // A dentist's "drg." the same way.
    ['Kepala Dinas Kesehatan Kota Palu, drg. Rina Lamadi, membuka layanan gigi gratis.', 'Rina Lamadi', 'Kepala', true],
    // Without a title the honorific only opens the name.
    ['Menurut drh. Wayan Sudarma, sapi kiriman sehat.', 'Wayan Sudarma', null, false],
  ])('%s', (...row) => expectPerson(row));

  it('"drh" is no name', () => {
    const names = extract('Dokter hewan drh. Wayan Sudarma memeriksa sapi di pelabuhan.').persons;
    expect(names.map((p) => p.name)).toEqual(['Wayan Sudarma']);
  });
});

describe('a portfolio listed with commas and a closing "dan" up to the body', () => {
  it.each<Row>([
    [
      'Deputi Bidang Rehabilitasi Hutan, Gambut dan Mangrove KLH, Sri Wahyuni, membuka lokakarya.',
      'Sri Wahyuni',
      'Deputi Bidang Rehabilitasi Hutan, Gambut dan Mangrove',
      true,
    ],
    // Names listed after a portfolio are holders, not more of the portfolio.
    [
      'Kepala Bidang Pemasaran, Budi Santoso dan Andi Wijaya dari Kemenperin hadir.',
      'Budi Santoso',
      'Kepala Bidang Pemasaran',
      false,
    ],
  ])('%s', (...row) => expectPerson(row));
});

describe('a body whose name doubles a word with a hyphen, before ", NAME"', () => {
  it.each<Row>([
    [
      'Ketua Umum Asosiasi Produsen Alat-alat Pertanian Indonesia (Apapi), Yohanes Sinaga, menyebut permintaan naik.',
      'Yohanes Sinaga',
      'Ketua Umum',
      false,
    ],
  ])('%s', (...row) => expectPerson(row));

  it('the body is written whole in the affiliation, and without ", NAME" nobody holds the post', () => {
    const held = extract(
      'Ketua Umum Asosiasi Produsen Alat-alat Pertanian Indonesia (Apapi), Yohanes Sinaga, menyebut permintaan naik.',
    ).persons[0];
    expect(held?.affiliation).toBe('Asosiasi Produsen Alat-alat Pertanian Indonesia');
    expect(extract('Ketua Umum Asosiasi Produsen Alat-alat Pertanian menyebut permintaan naik.').persons).toEqual([]);
  });
});

describe('a "yang" clause between the post and ", NAME" with no comma before it', () => {
  it.each<Row>([
    [
      'Kepala Dinas Perikanan Provinsi Bengkulu yang baru dilantik pekan lalu, Wira Pratama, meninjau pelabuhan.',
      'Wira Pratama',
      'Kepala',
      true,
    ],
  ])('%s', (...row) => expectPerson(row));

  it('names nobody when no name follows the clause', () => {
    const r = extract('Menurut Kepala Dinas Perikanan Provinsi Bengkulu yang membawahi pelabuhan, stok ikan cukup.');
    expect(r.persons).toEqual([]);
  });
});

describe('unknown field words joined by "&" up to the body', () => {
  it.each<Row>([
    [
      'Direktur Sales & Marketing PT Cahaya Roda Nusantara, Dimas Prakoso, menyebut pesanan naik.',
      'Dimas Prakoso',
      'Direktur Sales & Marketing',
      false,
    ],
  ])('%s', (...row) => expectPerson(row));

  it('does not run across a first name to a body named after the holder', () => {
    const r = extract('Direktur Sales & Marketing Dimas Prakoso dari PT Cahaya Roda Nusantara menyebut pesanan naik.');
    expect(r.persons.some((p) => p.role?.includes('Dimas'))).toBe(false);
  });
});

describe('"Asisten" before another post', () => {
  it.each<AffRow>([
    // An assistant to the governor is not the governor.
    [
      'Asisten Gubernur Bank Indonesia Rina Maharani menjelaskan arah kebijakan moneter.',
      'Rina Maharani',
      'Asisten Gubernur',
      true,
      'Bank Indonesia',
    ],
    [
      'Gubernur Bank Indonesia Rina Maharani menjelaskan arah kebijakan moneter.',
      'Rina Maharani',
      'Gubernur',
      true,
      'Bank Indonesia',
    ],
  ])('%s', (...row) => expectAffiliated(row));
});

describe('coordinators and deans', () => {
  it.each<AffRow>([
    [
      'Koordinator Wilayah Asosiasi Pedagang Pasar Seluruh Indonesia, Yosef Lamanda, mengatakan harga cabai naik.',
      'Yosef Lamanda',
      'Koordinator Wilayah',
      false,
      'Asosiasi Pedagang Pasar Seluruh Indonesia',
    ],
    [
      'Dekan Fakultas Pertanian Universitas Tadulako, Yosef Lamanda, menilai panen bagus.',
      'Yosef Lamanda',
      'Dekan Fakultas Pertanian',
      false,
      'Universitas Tadulako',
    ],
  ])('%s', (...row) => expectAffiliated(row));

  // "Pimpinan" was tried and left out: "Pimpinan DPR …" names the chamber's leaders, no one person.
  it('"koordinator" in lower case is no title', () => {
    const r = extract('Para koordinator lapangan bertemu Yosef Lamanda di Palu.');
    expect(r.persons.every((p) => p.role === null)).toBe(true);
  });
});

describe('a brand written with "&" inside a word between a title and ", NAME"', () => {
  it.each<Row>([
    ['CEO Sinar F&B, Rina Kartika, menilai pasar tumbuh.', 'Rina Kartika', 'CEO', false],
    [
      'Direktur Pemasaran H&M Indonesia, Rina Kartika, menilai pasar tumbuh.',
      'Rina Kartika',
      'Direktur Pemasaran',
      false,
    ],
    // An "&" with spaces around it joins no brand's letters: the words before it are read as before.
    ['Direktur Utama Budi & Sari, Rina Kartika, menilai pasar tumbuh.', 'Budi', 'Direktur Utama', false],
  ])('%s', (...row) => expectPerson(row));

  it('names the brand as an organisation', () => {
    const names = extract('CEO Sinar F&B, Rina Kartika, menilai pasar tumbuh.').organizations.map((o) => o.name);
    expect(names).toEqual(['Sinar F&B']);
  });
});

describe('English titles joined by a hyphen and covering a list of regions', () => {
  it.each<Row>([
    [
      'Menurut EVP-Chief Marketing Officer Telkomsel, Rina Kartika, jaringan diperluas.',
      'Rina Kartika',
      'EVP-Chief Marketing Officer',
      false,
    ],
    [
      'Menurut Head of Region Sumatera, Riau dan Kepulauan Riau PT XL Axiata Tbk, Rina Kartika, jaringan diperluas.',
      'Rina Kartika',
      'Head of Region Sumatera, Riau dan Kepulauan Riau',
      false,
    ],
    // A list of places the text never closes with "dan" is no region of the post.
    [
      'Menurut Head of Area Jawa Barat, Rina Kartika, jaringan diperluas.',
      'Rina Kartika',
      'Head of Area Jawa Barat',
      false,
    ],
  ])('%s', (...row) => expectPerson(row));

  // A region compound with a place is one word of the post; a compound after it is the body's, whole.
  it.each([
    [
      'Head of Procurement Asia-Pacific Mertens-Huber, Jean-Marc Dupont, mengatakan kontrak diteken.',
      'Jean-Marc Dupont',
      'Head of Procurement Asia-Pacific',
      'Mertens-Huber',
    ],
    [
      'Head of Sales Asia-Pasifik PT Sinar Lestari, Budi Santoso, menyebut permintaan naik.',
      'Budi Santoso',
      'Head of Sales Asia-Pasifik',
      'PT Sinar Lestari',
    ],
    [
      'Menurut Head of Marketing Rolls-Royce, Dewi Lestari, pesanan naik.',
      'Dewi Lestari',
      'Head of Marketing',
      'Rolls-Royce',
    ],
  ])('%s', (text, name, role, affiliation) => {
    expect(extract(text).persons.find((p) => p.name === name)).toMatchObject({ role, affiliation });
  });
});

describe('a Minang adat title after the name', () => {
  it.each<Row>([
    ['Wali Kota Padang, Fadly Amran Datuk Paduko Malano, meresmikan pasar.', 'Fadly Amran', 'Wali Kota Padang', true],
    [
      'Direktur Kredit Bank Nagari, Hendra Saputra Datuak Rajo Nan, mengatakan bunga turun.',
      'Hendra Saputra',
      'Direktur Kredit',
      false,
    ],
    // No adat title: a name with "Datu" in a word stays whole.
    ['Menurut Ketua Kadin Sumbar Andi Datuwiyah, ekspor naik.', 'Andi Datuwiyah', 'Ketua', false],
  ])('%s', (...row) => expectPerson(row));

  it('highlights the name without the title, and the title is no person', () => {
    const text = 'Hendra Saputra Datuak Rajo Nan mengatakan bunga turun. Kata Hendra, kredit naik.';
    const { persons } = extract(text);
    expect(persons.map((p) => p.mentions.map((m) => text.slice(m.start, m.end)))).toEqual([
      ['Hendra Saputra', 'Hendra'],
    ]);
  });
});

describe('a state title before a body that names itself a foundation or an association', () => {
  it.each<Row>([
    ['Presiden Hanbit Cultural Foundation, Park Ji-won, membuka pameran.', 'Park Ji-won', 'Presiden', false],
    ['Presiden Sahabat Pasien Society, Rina Kartika, membuka pameran.', 'Rina Kartika', 'Presiden', false],
    // An unknown body with no such word after a state title is still taken for a state body.
    ['Kepala Otorita Nusantara Digital, Budi Santoso, membuka pameran.', 'Budi Santoso', 'Kepala', true],
    ['Presiden Prabowo Subianto membuka pameran.', 'Prabowo Subianto', 'Presiden', true],
  ])('%s', (...row) => expectPerson(row));
});

describe('"Wakil" before a post the list holds only without it', () => {
  it.each<Row>([
    [
      'Wakil Direktur Reserse Kriminal Umum Polda Jawa Timur AKBP Rina Kartika mengatakan pelaku ditangkap.',
      'Rina Kartika',
      'Wakil Direktur Reserse Kriminal Umum',
      true,
    ],
    [
      'Wakil Rektor Universitas Hasanuddin, Rina Kartika, mengatakan riset naik.',
      'Rina Kartika',
      'Wakil Rektor',
      false,
    ],
    // A listed deputy post keeps its own reading.
    ['Wakil Menteri Perdagangan Dyah Roro Esti meninjau pasar.', 'Dyah Roro Esti', 'Wakil Menteri Perdagangan', true],
  ])('%s', (...row) => expectPerson(row));
});

describe('a word right after "di" before ", <speech verb>"', () => {
  it('is a place, no speaker', () => {
    const names = extract('Rina Kartika, salah seorang petani bawang di Brebes, mengatakan harga naik.').persons;
    expect(names.map((p) => p.name)).toEqual(['Rina Kartika']);
  });
  it('leaves the speaker before "di" alone', () => {
    expect(extract('Hal itu dikatakan Budi Santoso di Jakarta, Senin.').persons.map((p) => p.name)).toEqual([
      'Budi Santoso',
    ]);
  });
});

describe('police unit posts written half short', () => {
  it.each<Row>([
    [
      'Direktur Reskrimum Polda Jawa Barat, Kombes Pol. Rina Kartika, mengatakan pelaku ditangkap.',
      'Rina Kartika',
      'Direktur Reserse Kriminal Umum',
      true,
    ],
    [
      'Kasubdit Penindakan Polda Riau AKBP Rina Kartika mengatakan pelaku ditangkap.',
      'Rina Kartika',
      'Kepala Subdirektorat Penindakan',
      true,
    ],
    // A unit the list does not shorten stays as written.
    ['Direktur Samapta Polda Riau, Kombes Rina Kartika, memimpin apel.', 'Rina Kartika', 'Direktur Samapta', true],
  ])('%s', (...row) => expectPerson(row));
});

describe('"and" joins the fields of an English title', () => {
  it.each<Row>([
    [
      'Country Director Southeast Asia and Pacific PT Sinar Jaya Abadi, Rina Kartika, mengatakan penjualan naik.',
      'Rina Kartika',
      'Country Director Southeast Asia and Pacific',
      false,
    ],
    [
      'Rina Kartika, Director of Sales and Marketing PT Sinar Jaya Abadi, mengatakan penjualan naik.',
      'Rina Kartika',
      'Director of Sales and Marketing',
      false,
    ],
    // A first name after "and" starts no field.
    [
      'Managing Director Rina and Budi, Rina Kartika, mengatakan penjualan naik.',
      'Rina Kartika',
      'Managing Director',
      false,
    ],
  ])('%s', (...row) => expectPerson(row));
});

describe('the last word of a body listed with "dan" before its acronym', () => {
  it('is no holder of the title', () => {
    const text = 'Kepala Dinas Pangan, Pertanian dan Perikanan (DP3) Kota Sorong, Rina Kartika, mengatakan harga naik.';
    expect(extract(text).persons.map((p) => p.name)).not.toContain('Perikanan');
  });
  it('leaves a holder named before an acronym of his own alone', () => {
    const text = 'Kapolres Sorong AKBP Budi dan Kasat Reskrim Iptu Rina (RK) meninjau lokasi.';
    expect(extract(text).persons.map((p) => p.name)).toContain('Budi');
  });
});

describe('a hospital or firm mark before a speech cue', () => {
  it.each([
    ['Rina Kartika, dokter spesialis jantung RS Harapan Kita, mengatakan pasien naik.', 'RS Harapan Kita'],
    ['Menurut CV Sumber Makmur, pesanan naik.', 'CV Sumber Makmur'],
  ])('%s', (text, mark) => {
    expect(extract(text).persons.map((p) => p.name)).not.toContain(mark);
  });
  it('leaves initials that open a name alone', () => {
    expect(extract('Menurut BJ Habibie, teknologi penting.').persons.map((p) => p.name)).toEqual(['BJ Habibie']);
  });
});

describe('a lecturer ("Pengajar") with the subject taught and the university', () => {
  it.each<AffRow>([
    [
      'Pengajar hukum bisnis Universitas Airlangga, Rina Susanti, menilai aturan itu lemah.',
      'Rina Susanti',
      'Pengajar hukum bisnis',
      false,
      'Universitas Airlangga',
    ],
    [
      'Menurut pengajar ekonomi Universitas Andalas, Dr. Yusrizal Hakim, harga karet pulih.',
      'Yusrizal Hakim',
      'Pengajar ekonomi',
      false,
      'Universitas Andalas',
    ],
  ])('%s', (...row) => expectAffiliated(row));

  it('names nobody when no name follows the word', () => {
    expect(extract('Para pengajar di Sekolah Dasar itu menolak aturan baru.').persons).toEqual([]);
  });
});

describe('a branch letter in parentheses after a rank', () => {
  it.each<AffRow>([
    // "(P)", "(K)" after the rank's force are no short name of a body: the post before the comma keeps its holder.
    [
      'Komandan Lanal Sabang, Kolonel Laut (P) Yosef Tambunan, menyebut dua kapal ditahan.',
      'Yosef Tambunan',
      'Komandan',
      true,
      'Lanal Sabang',
    ],
    [
      'Komandan Lanud Sultan Hasanuddin, Marsma TNI (K) Andi Kurniawan, menyebut latihan selesai.',
      'Andi Kurniawan',
      'Komandan',
      true,
      'Lanud Sultan Hasanuddin',
    ],
    // A short name of two letters or more in parentheses still closes a body's name.
    [
      'Direktur Utama PT Bank Tabungan Negara (BTN), Nixon Napitupulu, menyebut kredit naik.',
      'Nixon Napitupulu',
      'Direktur Utama',
      false,
      'PT Bank Tabungan Negara',
    ],
  ])('%s', (...row) => expectAffiliated(row));
});

describe('a company branch written in lower case after the company', () => {
  it.each<AffRow>([
    [
      'Branch Manager PT Mirae Asset Sekuritas cabang Pontianak, Hendra Wijaya, mencatat transaksi naik.',
      'Hendra Wijaya',
      'Branch Manager',
      false,
      'PT Mirae Asset Sekuritas',
    ],
    [
      'Pemimpin PT Pegadaian cabang Palu, Rina Susanti, menyebut gadai emas naik.',
      'Rina Susanti',
      'Pemimpin',
      false,
      'PT Pegadaian',
    ],
    // Without a comma after the city, "cabang" opens no seat: the name follows the company as before.
    [
      'Branch Manager PT Mirae Asset Sekuritas, Hendra Wijaya, membuka cabang Pontianak.',
      'Hendra Wijaya',
      'Branch Manager',
      false,
      'PT Mirae Asset Sekuritas',
    ],
  ])('%s', (...row) => expectAffiliated(row));
});

describe('a regional office that serves a second region, written after "dan"', () => {
  it.each<AffRow>([
    [
      'Kepala OJK Provinsi Jawa Tengah dan Yogyakarta, Rina Kartika, menyebut kredit macet turun.',
      'Rina Kartika',
      'Kepala',
      true,
      'OJK Provinsi Jawa Tengah',
    ],
    [
      'Kepala Kantor Perwakilan Bank Indonesia Provinsi Riau dan Jambi, Hendra Gunawan, menyebut inflasi terkendali.',
      'Hendra Gunawan',
      'Kepala',
      true,
      'Kantor Perwakilan Bank Indonesia Provinsi Riau',
    ],
  ])('%s', (...row) => expectAffiliated(row));

  // A post after "dan" is a second person's, no region of the office.
  it('leaves a second post after "dan" to its holder', () => {
    const { persons } = extract(
      'Kepala OJK Provinsi Jawa Tengah dan Gubernur Jawa Tengah Ahmad Luthfi meninjau pasar.',
    );
    expect(persons.map((p) => [p.name, p.role])).toEqual([['Ahmad Luthfi', 'Gubernur Jawa Tengah']]);
  });
});

describe('"Pusat" after a body named after a title', () => {
  it.each<AffRow>([
    // The body's central office is no portfolio of the post.
    [
      'Ketua Bawaslu Pusat, Rahmat Hidayat, menyebut laporan pelanggaran naik.',
      'Rahmat Hidayat',
      'Ketua',
      true,
      'Badan Pengawas Pemilihan Umum',
    ],
    [
      'Anggota KPU Pusat, Sri Rahayu, menyebut logistik pemilu siap.',
      'Sri Rahayu',
      'Anggota',
      true,
      'Komisi Pemilihan Umum',
    ],
    // Other words after the body that a comma closes stay the post's portfolio.
    [
      'Wakil Ketua Umum Kadin Bidang Perdagangan, Rina Kusuma, menyebut ekspor naik.',
      'Rina Kusuma',
      'Wakil Ketua Umum Bidang Perdagangan',
      false,
      'Kamar Dagang dan Industri Indonesia',
    ],
  ])('%s', (...row) => expectAffiliated(row));
});

describe('a representative of a body', () => {
  it.each<AffRow>([
    // The body decides the flag, as for "Kepala": a state body's representative is an official.
    [
      'Perwakilan Badan Pusat Statistik (BPS) Maluku, Ratna Sari, menyebut harga naik.',
      'Ratna Sari',
      'Perwakilan',
      true,
      'Badan Pusat Statistik (BPS) Maluku',
    ],
    [
      'Perwakilan PT Sinar Lestari, Dodi Harsono, menyebut pesanan naik.',
      'Dodi Harsono',
      'Perwakilan',
      false,
      'PT Sinar Lestari',
    ],
    // The head of a representative office keeps "Perwakilan" as before.
    [
      'Kepala Kantor Perwakilan Bank Indonesia Provinsi Maluku, Rudi Hartono, menyebut inflasi turun.',
      'Rudi Hartono',
      'Kepala',
      true,
      'Kantor Perwakilan Bank Indonesia Provinsi Maluku',
    ],
  ])('%s', (...row) => expectAffiliated(row));
});

describe('a post with "-nya" alone before ", NAME,"', () => {
  it.each<AffRow>([
    [
      'Panen dijual lewat Koperasi Tani Makmur Jaya. Ketuanya, Markus Lado, mengatakan harga naik.',
      'Markus Lado',
      'Ketua',
      false,
      'Koperasi Tani Makmur Jaya',
    ],
    [
      'Sepatu itu dibuat di bengkel PT Kulit Prima Garut. Pemiliknya, Asep Sunandar, menyebut pesanan naik.',
      'Asep Sunandar',
      'Pemilik',
      false,
      'PT Kulit Prima Garut',
    ],
  ])('%s', (...row) => expectAffiliated(row));

  // Without the comma the word is the sentence's subject, no post before a name.
  it('reads no post in "Ketuanya menyebut …"', () => {
    const r = extract('Panen dijual lewat Koperasi Tani Makmur Jaya. Ketuanya menyebut Markus Lado hadir.');
    expect(r.persons.find((p) => p.name === 'Markus Lado')?.role ?? null).toBeNull();
  });
});

describe('a two-word title written with its second word in lower case', () => {
  it.each<Row>([
    [
      'Kuasa hukum PT Sinar Lestari, Yohanes Batubara, menyatakan kliennya keberatan.',
      'Yohanes Batubara',
      'Kuasa hukum',
      false,
    ],
    [
      'Guru besar ekonomi Universitas Andalas, Prof. Rina Marlina, menilai harga naik.',
      'Rina Marlina',
      'Guru besar ekonomi',
      false,
    ],
    // Written with a capital it still reads, as written.
    ['Guru Besar Universitas Andalas, Rina Marlina, menilai harga naik.', 'Rina Marlina', 'Guru Besar', false],
  ])('%s', (...row) => expectPerson(row));

  // In the middle of a sentence, with a lower-case first word and no name after it, it names nobody.
  it('reads no post in "… kuasa hukum perusahaan …"', () => {
    expect(extract('Ia menunjuk kuasa hukum perusahaan itu kemarin.').persons).toEqual([]);
  });
});

describe('the country a post covers, written after its body', () => {
  it.each<AffRow>([
    // The corpus keeps "untuk <country>" in the role, as in "Duta Besar Jepang untuk Indonesia".
    [
      'Country Manager Daon Robotics untuk Indonesia, Lee Min-ji, menyebut pabrik dibuka.',
      'Lee Min-ji',
      'Country Manager untuk Indonesia',
      false,
      'Daon Robotics',
    ],
    [
      'Direktur Regional Bank Dunia untuk Asia Tenggara, Maria Santos, menilai ekonomi tumbuh.',
      'Maria Santos',
      'Direktur Regional untuk Asia Tenggara',
      false,
      'Bank Dunia',
    ],
  ])('%s', (...row) => expectAffiliated(row));

  // A country after "untuk" followed by no holder's apposition leaves the post alone.
  it('reads no holder in a list of countries', () => {
    const r = extract('Direktur PT Kopi Nusa untuk Malaysia, Singapura, dan Thailand belum ditunjuk.');
    expect(r.persons).toEqual([]);
  });
});

describe('posts of law enforcement, courts and auditors, and scholars named by their field', () => {
  it.each<AffRow>([
    // The body decides the flag: a state body's investigator, auditor or detective is an official.
    [
      'Investigator Penuntutan KPPU, Rina Hapsari, menyebut harga tender seragam.',
      'Rina Hapsari',
      'Investigator Penuntutan',
      true,
      'Komisi Pengawas Persaingan Usaha',
    ],
    [
      'Auditor Utama BPK, Dodi Harsono, menyebut temuan turun.',
      'Dodi Harsono',
      'Auditor Utama',
      true,
      'Badan Pemeriksa Keuangan',
    ],
    [
      'Penyidik KPK, Yudi Pratama, menyebut berkas lengkap.',
      'Yudi Pratama',
      'Penyidik',
      true,
      'Komisi Pemberantasan Korupsi',
    ],
    [
      'Pengurus Harian YLKI, Sari Dewi, menilai klausul itu merugikan.',
      'Sari Dewi',
      'Pengurus Harian',
      false,
      'Yayasan Lembaga Konsumen Indonesia',
    ],
    [
      'Kriminolog Universitas Indonesia, Adi Nugroho, menilai modus itu lama.',
      'Adi Nugroho',
      'Kriminolog',
      false,
      'Universitas Indonesia',
    ],
    [
      'Sosiolog Universitas Indonesia, Lina Marpaung, menilai warga cemas.',
      'Lina Marpaung',
      'Sosiolog',
      false,
      'Universitas Indonesia',
    ],
    // A presiding judge is a state post even without the court named.
    ['Hakim Ketua Bambang Sutrisno membacakan putusan.', 'Bambang Sutrisno', 'Hakim Ketua', true, null],
  ])('%s', (...row) => expectAffiliated(row));

  // "Penyidik" opening a sentence with no name after it names nobody, and "Hakim" alone stays a surname.
  it('reads no post in "Penyidik menyita …" and keeps "Hakim" a surname', () => {
    expect(extract('Penyidik menyita dua mobil. Budi Santoso hadir.').persons.map((p) => p.role)).toEqual([null]);
    const r = extract('Ekonom Indef, Lukman Hakim, menilai harga naik. Menurut Hakim, stok cukup.');
    expect(r.persons.map((p) => p.name)).toEqual(['Lukman Hakim']);
  });
});

describe('the panels of a court and of a competition commission', () => {
  it.each<Row>([
    // The panel is part of the post, no body of its own (it was read as a company).
    ['Ketua Majelis Hakim Budi Hartono membacakan putusan.', 'Budi Hartono', 'Ketua Majelis Hakim', true],
    [
      'Ketua Majelis Komisi, Dr. Sinta Lubis, S.H., menyebut denda dijatuhkan.',
      'Sinta Lubis',
      'Ketua Majelis Komisi',
      true,
    ],
    ['Hakim Anggota Rudi Hasibuan membacakan pertimbangan.', 'Rudi Hasibuan', 'Hakim Anggota', true],
    // A council that is an association keeps its own name and flag.
    ['Ketua Majelis Ulama Indonesia, Anwar Iskandar, menyebut fatwa terbit.', 'Anwar Iskandar', 'Ketua', false],
  ])('%s', (...row) => expectPerson(row));
});

describe('a portfolio written in lower case after the body', () => {
  it.each<AffRow>([
    [
      'Komisioner OJK bidang perizinan, Rudi Hartono, menjelaskan aturan baru.',
      'Rudi Hartono',
      'Komisioner bidang perizinan',
      true,
      'Otoritas Jasa Keuangan',
    ],
  ])('%s', (...row) => expectAffiliated(row));

  // Lower-case words after "bidang" that no comma closes are the sentence, not the post.
  it('reads no portfolio when no comma closes it', () => {
    const r = extract('Komisioner OJK Rudi Hartono menyebut bidang perizinan dibenahi.');
    expect(r.persons[0]?.role).toBe('Komisioner');
  });
});

describe('a post with a demonstrative after a speech verb', () => {
  // "Dirjen Ekosistem Digital itu" points back to the holder named before; its field is no name.
  it('reads no person in the field of "Dirjen … itu"', () => {
    const r = extract(
      'Direktur Jenderal Tata Kelola Digital Kementerian Komunikasi dan Digital, Yosef Purba, hadir. "Data bukan barang," tegas Dirjen Tata Kelola itu.',
    );
    expect(r.persons.map((p) => p.name)).toEqual(['Yosef Purba']);
    expect(r.quotes[0]?.speaker).toBe('Yosef Purba');
  });
});

describe('a body whose name goes on with "untuk" before its short name and ", NAME"', () => {
  it('finds the holder after "(Acronym),"', () => {
    const r = extract(
      'Ketua Umum Asosiasi Pengusaha Logistik untuk Ekspor Indonesia (Aplei), Bonar Sihombing, menilai tarif naik.',
    );
    expect(r.persons.map((p) => [p.name, p.role])).toEqual([['Bonar Sihombing', 'Ketua Umum']]);
  });

  // A lower-case "untuk" clause with no short name after it still ends the body.
  it('reads no holder in "Ketua Umum Asosiasi X untuk tahun depan, ..."', () => {
    const r = extract('Ketua Umum Asosiasi Pengusaha Logistik untuk periode berikutnya, kata pengurus, belum dipilih.');
    expect(r.persons).toEqual([]);
  });
});

describe("an embassy's counsellor or attaché, with an English title", () => {
  it.each<AffRow>([
    [
      'Agricultural Counsellor Kedubes Selandia Baru, Emma Clarke, menyebut impor susu naik.',
      'Emma Clarke',
      'Agricultural Counsellor',
      true,
      'Kedubes Selandia Baru',
    ],
    [
      'Trade Attache Kedutaan Besar Korea, Lee Soo-min, menyebut ekspor naik.',
      'Lee Soo-min',
      'Trade Attache',
      true,
      'Kedutaan Besar Korea',
    ],
    // A company's counsellor is no official.
    [
      'Senior Counsellor PT Sinar Lestari, Dodi Harsono, menyebut kontrak sah.',
      'Dodi Harsono',
      'Senior Counsellor',
      false,
      'PT Sinar Lestari',
    ],
  ])('%s', (...row) => expectAffiliated(row));
});

describe('a flag officer whose grade is written out after the rank', () => {
  it.each<Row>([
    ['Komandan Lanal Bitung, Laksamana Pertama TNI Budi Santoso, memimpin patroli.', 'Budi Santoso', 'Komandan', true],
    ['Kepala Dinas Penerangan, Marsekal Muda TNI Rina Kartika, membuka pameran.', 'Rina Kartika', 'Kepala', true],
    // A grade word with no rank before it is no rank: "Pertama" stays out of the post and the name.
    [
      'Sekretaris Pertama Kedutaan Besar Jepang, Rina Kartika, membuka pameran.',
      'Rina Kartika',
      'Sekretaris Pertama',
      true,
    ],
  ])('%s', (...row) => expectPerson(row));
});

describe('a title of two words before a name closed by an English company word', () => {
  it.each<Row>([
    [
      'Ketua Umum Nusantara Cloud Providers Organization (NCPO), Rina Kartika, menilai permintaan naik.',
      'Rina Kartika',
      'Ketua Umum',
      false,
    ],
    // A one-word title before such a name is unchanged.
    [
      'Ketua Nusantara Cloud Providers Organization, Rina Kartika, menilai permintaan naik.',
      'Rina Kartika',
      'Ketua',
      false,
    ],
  ])('%s', (...row) => expectPerson(row));

  it('leaves the title out of the name', () => {
    const text = 'Ketua Umum Nusantara Cloud Providers Organization (NCPO), Rina Kartika, menilai permintaan naik.';
    expect(extract(text).organizations.map((o) => o.name)).toEqual(['Nusantara Cloud Providers Organization']);
  });
});

describe('the lead investigator of an accident inquiry', () => {
  it.each<Row>([
    [
      'Komite Nasional Keselamatan Transportasi (KNKT) merilis laporan. Rina Kartika, Investigator-in-Charge KNKT untuk kecelakaan itu, menyebut landasan licin.',
      'Rina Kartika',
      'Investigator-in-Charge',
      true,
    ],
    // At a company the same post is no state post.
    [
      'Rina Kartika, Investigator-in-Charge PT Sinar Laut Nusantara, menyebut kapal retak.',
      'Rina Kartika',
      'Investigator-in-Charge',
      false,
    ],
  ])('%s', (...row) => expectPerson(row));
});
