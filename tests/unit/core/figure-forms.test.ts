import { describe, expect, it } from 'vitest';
import { extract } from '../../../core/index';

/** Sentence, then each figure expected in it: text as written, kind, value, unit, and upper end of a range. */
type Expected = [string, 'money' | 'percent' | 'quantity', number, string, number?];

function figuresOf(sentence: string): Expected[] {
  return extract(sentence).figures.map((f) => {
    const row: Expected = [f.text, f.kind, f.value, f.unit];
    if (f.valueTo !== undefined) row.push(f.valueTo);
    return row;
  });
}

describe('figure forms of Indonesian business news', () => {
  it.each<[string, Expected[]]>([
    // Money: signs and codes before the amount, scale letters in headlines, words after it.
    ['Laba konsolidasi grup itu Rp1,2 T tahun ini.', [['Rp1,2 T', 'money', 1.2e12, 'IDR']]],
    ['Anggaran riset dipatok Rp 500 M.', [['Rp 500 M', 'money', 500e9, 'IDR']]],
    ['Omzet koperasi itu Rp 12,5 triliunan.', [['Rp 12,5 triliunan', 'money', 12.5e12, 'IDR']]],
    ['Startup itu menghimpun US$1 miliar dari investor.', [['US$1 miliar', 'money', 1e9, 'USD']]],
    ['Temasek menyiapkan S$ 300 juta untuk proyek itu.', [['S$ 300 juta', 'money', 300e6, 'SGD']]],
    ['Bank Eropa meminjamkan €2,5 miliar.', [['€2,5 miliar', 'money', 2.5e9, 'EUR']]],
    ['JICA menyalurkan ¥ 40 miliar untuk MRT.', [['¥ 40 miliar', 'money', 40e9, 'JPY']]],
    ['Petronas menanam RM 1,8 miliar di Sarawak.', [['RM 1,8 miliar', 'money', 1.8e9, 'MYR']]],
    ['Obligasi itu bernilai HK$ 750 juta.', [['HK$ 750 juta', 'money', 750e6, 'HKD']]],
    ['Harga cabai naik ke Rp 1.500/kg di pasar induk.', [['Rp 1.500', 'money', 1500, 'IDR']]],
    ['Solar dijual Rp 6.800 per liter.', [['Rp 6.800', 'money', 6800, 'IDR']]],
    ['Tiket masuk Rp 150 ribu per orang.', [['Rp 150 ribu', 'money', 150e3, 'IDR']]],
    ['Ekspor kopi mencapai 2,5 juta dolar AS.', [['2,5 juta dolar AS', 'money', 2.5e6, 'USD']]],
    ['Nilai kontraknya 40 juta dolar Singapura.', [['40 juta dolar Singapura', 'money', 40e6, 'SGD']]],
    ['Belanja negara setengah triliun rupiah.', [['setengah triliun rupiah', 'money', 0.5e12, 'IDR']]],
    [
      'Kisaran harganya Rp 1,2 triliun-Rp 1,5 triliun.',
      [['Rp 1,2 triliun-Rp 1,5 triliun', 'money', 1.2e12, 'IDR', 1.5e12]],
    ],
    [
      'Modalnya Rp 5 hingga 6 triliun.',
      [
        ['Rp 5', 'money', 5e12, 'IDR'],
        ['6 triliun', 'money', 6e12, 'IDR'],
      ],
    ],
    [
      'Harga rumah Rp 300 juta sampai 450 juta.',
      [
        ['Rp 300 juta', 'money', 300e6, 'IDR'],
        ['450 juta', 'money', 450e6, 'IDR'],
      ],
    ],
    [
      'Tarif kamarnya Rp 750.000 hingga Rp 1,1 juta semalam.',
      [
        ['Rp 750.000', 'money', 750e3, 'IDR'],
        ['Rp 1,1 juta', 'money', 1.1e6, 'IDR'],
      ],
    ],
    ['Investasi Rp 8,2 triliun hingga 2028 disiapkan.', [['Rp 8,2 triliun', 'money', 8.2e12, 'IDR']]],
    // Percentages and rate changes.
    ['Pertumbuhan kredit di kisaran 5-6 persen.', [['5-6 persen', 'percent', 5, '%', 6]]],
    [
      'Pertumbuhan kredit 5 s.d. 6 persen.',
      [
        ['5', 'percent', 5, '%'],
        ['6 persen', 'percent', 6, '%'],
      ],
    ],
    [
      'Inflasi diperkirakan 2 hingga 3 persen.',
      [
        ['2', 'percent', 2, '%'],
        ['3 persen', 'percent', 3, '%'],
      ],
    ],
    [
      'Sasaran defisit antara 2,4 dan 2,8 persen.',
      [
        ['2,4', 'percent', 2.4, '%'],
        ['2,8 persen', 'percent', 2.8, '%'],
      ],
    ],
    ['Imbal hasil turun 0,25 poin persentase.', [['0,25 poin persentase', 'quantity', 0.25, 'poin persentase']]],
    ['The Fed memangkas bunga 25 bps.', [['25 bps', 'quantity', 25, 'bps']]],
    ['BI menaikkan suku bunga 50 basis poin.', [['50 basis poin', 'quantity', 50, 'basis poin']]],
    ['Porsinya tinggal setengah persen.', [['setengah persen', 'percent', 0.5, '%']]],
    // Counted quantities: physical units and counted people or things.
    ['Bulog mengimpor 50 ribu ton beras.', [['50 ribu ton', 'quantity', 50e3, 'ton']]],
    ['PLTU itu berkapasitas 3.000 MW.', [['3.000 MW', 'quantity', 3000, 'MW']]],
    ['Proyek surya 1,2 GW mulai dibangun.', [['1,2 GW', 'quantity', 1.2, 'GW']]],
    ['Pemerintah membeli 10 juta dosis vaksin.', [['10 juta dosis', 'quantity', 10e6, 'dosis']]],
    ['Kebun itu seluas 200 hektare.', [['200 hektare', 'quantity', 200, 'hektare']]],
    ['Jalan tol baru sepanjang 42 km dibuka.', [['42 km', 'quantity', 42, 'km']]],
    ['Gudang seluas 1.200 m2 disewa.', [['1.200 m2', 'quantity', 1200, 'm2']]],
    ['Rumah subsidi berukuran 36 meter persegi.', [['36 meter persegi', 'quantity', 36, 'meter persegi']]],
    ['Kilang mengolah 300 ribu barel per hari.', [['300 ribu barel', 'quantity', 300e3, 'barel']]],
    ['Produksi batu bara 700 juta ton.', [['700 juta ton', 'quantity', 700e6, 'ton']]],
    ['Instalasi baru menambah 500 liter per detik.', [['500 liter per detik', 'quantity', 500, 'liter per detik']]],
    ['Sel baterai itu mencapai 250 Wh/kg.', [['250 Wh/kg', 'quantity', 250, 'Wh/kg']]],
    ['Penjualan mencapai 12.000 kendaraan.', [['12.000 kendaraan', 'quantity', 12000, 'kendaraan']]],
    ['Operator melayani 1,5 juta pelanggan.', [['1,5 juta pelanggan', 'quantity', 1.5e6, 'pelanggan']]],
    ['Bank itu kini punya 20 juta nasabah.', [['20 juta nasabah', 'quantity', 20e6, 'nasabah']]],
    ['KUR disalurkan kepada 4.500 debitur.', [['4.500 debitur', 'quantity', 4500, 'debitur']]],
    ['Grup itu memiliki 12 anak usaha.', [['12 anak usaha', 'quantity', 12, 'anak usaha']]],
    ['Sebanyak 2.500 ASN pindah ke IKN.', [['2.500 ASN', 'quantity', 2500, 'ASN']]],
    ['Acara itu dihadiri 2 ribuan orang.', [['2 ribuan orang', 'quantity', 2000, 'orang']]],
    [
      'Produksi naik dari 100 ribu menjadi 150 ribu unit.',
      [
        ['100 ribu', 'quantity', 100e3, 'unit'],
        ['150 ribu unit', 'quantity', 150e3, 'unit'],
      ],
    ],
    [
      'Bunga turun dari 5,5 menjadi 5,25 persen.',
      [
        ['5,5', 'percent', 5.5, '%'],
        ['5,25 persen', 'percent', 5.25, '%'],
      ],
    ],
    ['Bansos menjangkau 3 juta rumah tangga.', [['3 juta rumah tangga', 'quantity', 3e6, 'rumah tangga']]],
    ['Pelabuhan melayani 10 ribu TEUs.', [['10 ribu TEUs', 'quantity', 10e3, 'TEUs']]],
    ['Internet desa kini 100 Mbps.', [['100 Mbps', 'quantity', 100, 'Mbps']]],
    ['Pameran diikuti 350 UMKM.', [['350 UMKM', 'quantity', 350, 'UMKM']]],
    ['Pelatihan diikuti 800 peserta.', [['800 peserta', 'quantity', 800, 'peserta']]],
    ['Bali menerima 5,3 juta wisatawan.', [['5,3 juta wisatawan', 'quantity', 5.3e6, 'wisatawan']]],
    ['Bandara melayani 70 ribu penumpang.', [['70 ribu penumpang', 'quantity', 70e3, 'penumpang']]],
    ['Telkomsel memperluas 5G ke 70 kota.', [['70 kota', 'quantity', 70, 'kota']]],
    ['Dana disalurkan ke 39 bank penyalur.', [['39 bank', 'quantity', 39, 'bank']]],
    ['Unilever fokus pada 15 merek utama.', [['15 merek', 'quantity', 15, 'merek']]],
    ['Jaringan kopi itu kini mengoperasikan 270-an gerai.', [['270-an gerai', 'quantity', 270, 'gerai']]],
    // Compound units: listed pairs, and heads that count nothing alone taking the everyday noun after them.
    ['Kota itu kini punya 120 rumah sakit.', [['120 rumah sakit', 'quantity', 120, 'rumah sakit']]],
    ['Pos Indonesia mengoperasikan 4.000 kantor pos.', [['4.000 kantor pos', 'quantity', 4000, 'kantor pos']]],
    ['Jalan tol itu dilengkapi 16 rest area.', [['16 rest area', 'quantity', 16, 'rest area']]],
    ['Pemda membangun 1.150 ruang kelas baru.', [['1.150 ruang kelas', 'quantity', 1150, 'ruang kelas']]],
    ['Stadion itu punya 40.000 tempat duduk.', [['40.000 tempat duduk', 'quantity', 40e3, 'tempat duduk']]],
    [
      'Bantuan mengalir ke 7.200 satuan pendidikan.',
      [['7.200 satuan pendidikan', 'quantity', 7200, 'satuan pendidikan']],
    ],
    ['Bapenda mendata 1,3 juta objek pajak.', [['1,3 juta objek pajak', 'quantity', 1.3e6, 'objek pajak']]],
    ['Bansos sampai ke 3.500 penerima manfaat.', [['3.500 penerima manfaat', 'quantity', 3500, 'penerima manfaat']]],
    ['Dinkes melatih 6.000 penjamah pangan.', [['6.000 penjamah pangan', 'quantity', 6000, 'penjamah pangan']]],
    ['Koperasi merangkul 900 pelaku usaha.', [['900 pelaku usaha', 'quantity', 900, 'pelaku usaha']]],
    ['Program itu menjangkau 2.000 pelaku UMKM.', [['2.000 pelaku UMKM', 'quantity', 2000, 'pelaku umkm']]],
    ['Hotel itu mempekerjakan 45 juru masak.', [['45 juru masak', 'quantity', 45, 'juru masak']]],
    ['Operator membangun 6 pusat data di Batam.', [['6 pusat data', 'quantity', 6, 'pusat data']]],
    ['Insentif pajak diklaim 2.300 pemberi kerja.', [['2.300 pemberi kerja', 'quantity', 2300, 'pemberi kerja']]],
    ['Warga kampung itu mengelola 40 bank sampah.', [['40 bank sampah', 'quantity', 40, 'bank sampah']]],
    ['Sentra itu dipenuhi 700 rumah walet.', [['700 rumah walet', 'quantity', 700, 'rumah walet']]],
    ['Kapal pesiar itu berbobot 90.000 gross tonnage.', [['90.000 gross tonnage', 'quantity', 90e3, 'gross tonnage']]],
    ['Kasir memasang 500 kode QR baru.', [['500 kode QR', 'quantity', 500, 'kode qr']]],
    ['Kredit mengalir ke 12.000 usaha kecil.', [['12.000 usaha kecil', 'quantity', 12e3, 'usaha kecil']]],
    ['Pameran menarik 2.600 calon pembeli rumah.', [['2.600 calon pembeli', 'quantity', 2600, 'calon pembeli']]],
    ['Kapal itu ditangkap 9 mil laut dari pantai.', [['9 mil laut', 'quantity', 9, 'mil laut']]],
    ['Puskesmas itu menambah 18 tenaga medis.', [['18 tenaga medis', 'quantity', 18, 'tenaga medis']]],
    [
      'Klaim datang dari 140 fasilitas kesehatan.',
      [['140 fasilitas kesehatan', 'quantity', 140, 'fasilitas kesehatan']],
    ],
    ['Kuota ekspor bijih 2,4 juta wet metric ton.', [['2,4 juta wet metric ton', 'quantity', 2.4e6, 'wet metric ton']]],
    ['Smelter itu mengolah 900 ribu dry metric ton.', [['900 ribu dry metric ton', 'quantity', 9e5, 'dry metric ton']]],
    ['Bank memasang 75 mesin setor tunai.', [['75 mesin', 'quantity', 75, 'mesin']]],
    [
      'Kemendikdasmen Kirim 50 Ribu Papan Interaktif ke Sekolah',
      [['50 Ribu Papan Interaktif', 'quantity', 50e3, 'papan interaktif']],
    ],
    // An adjective, a name or a head that is whole alone keeps the one-word unit.
    ['Kuota itu untuk 5.000 penerima baru.', [['5.000 penerima', 'quantity', 5000, 'penerima']]],
    ['Kuota itu untuk 5.000 penerima lagi.', [['5.000 penerima', 'quantity', 5000, 'penerima']]],
    ['Beasiswa untuk 300 penerima Kartu Indonesia Pintar.', [['300 penerima', 'quantity', 300, 'penerima']]],
    ['Bank itu menambah 12 pusat baru tahun ini.', [['12 pusat', 'quantity', 12, 'pusat']]],
    ['Partai itu menyiapkan 40 calon baru.', [['40 calon', 'quantity', 40, 'calon']]],
    ['Program itu menjangkau 80 usaha baru.', [['80 usaha', 'quantity', 80, 'usaha']]],
    ['Pemda menata 150 warung tenda.', [['150 warung', 'quantity', 150, 'warung']]],
    ['Banjir merendam 300 rumah warga.', [['300 rumah', 'quantity', 300, 'rumah']]],
    ['Bank itu membuka 25 kantor layanan baru.', [['25 kantor', 'quantity', 25, 'kantor']]],
    ['Pabrik itu memiliki 12 fasilitas produksi.', [['12 fasilitas', 'quantity', 12, 'fasilitas']]],
    ['Sebanyak 4.000 pengemudi ojek ikut aksi.', [['4.000 pengemudi', 'quantity', 4000, 'pengemudi']]],
    ['Aplikasi itu punya 15 juta pengguna aktif.', [['15 juta pengguna', 'quantity', 15e6, 'pengguna']]],
    // An acronym of three letters or more is counted like a noun.
    ['BGN menargetkan 30.000 SPPG beroperasi.', [['30.000 SPPG', 'quantity', 30e3, 'SPPG']]],
    ['Gardu induk itu berkapasitas 60 MVA.', [['60 MVA', 'quantity', 60, 'MVA']]],
    // Gross tonnage written short is a unit, though two letters; a model name with GT is not.
    ['Kapal di bawah 10 GT bebas pungutan.', [['10 GT', 'quantity', 10, 'GT']]],
    ['Sedan GT itu terjual 40 unit.', [['40 unit', 'quantity', 40, 'unit']]],
    // A ter- word is a verb unless it is a noun of legal status.
    ['Polres itu menetapkan 9 tersangka penipuan daring.', [['9 tersangka', 'quantity', 9, 'tersangka']]],
    ['Sebanyak 120 terjual habis.', []],
    // Numbers in words: large ones count with any noun, small ones only as money or percent.
    ['Aplikasi itu diunduh satu juta pengguna.', [['satu juta pengguna', 'quantity', 1e6, 'pengguna']]],
    ['Acara dihadiri sepuluh ribu peserta.', [['sepuluh ribu peserta', 'quantity', 10e3, 'peserta']]],
    ['Targetnya dua setengah juta wisatawan.', [['dua setengah juta wisatawan', 'quantity', 2.5e6, 'wisatawan']]],
    ['Perusahaan membuka seratus gerai baru.', [['seratus gerai', 'quantity', 100, 'gerai']]],
    ['Pabrik membuat tiga juta potong pakaian.', [['tiga juta potong', 'quantity', 3e6, 'potong']]],
    ['Ekspor naik delapan persen.', [['delapan persen', 'percent', 8, '%']]],
  ])('%s', (sentence, expected) => {
    expect(figuresOf(sentence)).toEqual(expected);
  });

  it.each([
    'Laporan tahun 2025 sudah terbit.',
    'Laba turun pada kuartal III.',
    'Direktur itu berusia 25 tahun.',
    'Rapat dimulai pukul 10.00 WIB.',
    'Hubungi 021-1234567 untuk pengaduan.',
    'Apple menjual iPhone 17 secara resmi.',
    'Samsung merilis Galaxy S25 pekan ini.',
    'Ini gelombang ke-3 program tersebut.',
    'Ia menjadi juara ke 3 nasional.',
    'Merek itu masuk Top 10 dunia.',
    'Presidensi G20 memberi dampak.',
    'Mandatori B40 berlaku tahun depan.',
    'Jaringan 5G meluas ke luar Jawa.',
    'Gugatan merujuk Pasal 33 ayat 3 UUD 1945.',
    'Aturan itu tertuang dalam PP No. 28 Tahun 2025.',
    'Standar emisi Euro 4 wajib bagi truk.',
    'Pembeli Honda Vario 125 makin banyak.',
    'Panser Anoa 6x6 diproduksi di Bandung.',
    'Layanan darurat 110 jika melihat kejahatan.',
    'Ada ribuan unit rumah yang belum terjual.',
    'Permintaan naik 1,5 kali lipat.',
    'Lima merek lokal ikut pameran.',
    'Kementerian membina empat BUMN pangan.',
    'Target itu naik dari 2024 ke 2025.',
    'Budaya era 1990-an kembali digemari.',
    'Aplikasi versi 4.0 dirilis.',
    // The tokenizer keeps "USD1" as one word: no value is better than "2 juta".
    'Fasilitas kredit USD1,2 juta disetujui.',
  ])('finds no figure in "%s"', (sentence) => {
    expect(figuresOf(sentence)).toEqual([]);
  });
});
