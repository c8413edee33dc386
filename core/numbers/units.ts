/** Units and counted nouns that make a number a quantity ("300 ribu unit", "20 GWh"), lower-cased. */
export const UNITS = new Set(
  `unit ton kg kilogram gram liter kiloliter barel barrel gwh mwh kwh mw gw kw kwp mwp megawatt gigawatt kilowatt km
  kilometer meter hektare hektar ha m2 kendaraan mobil motor orang pekerja karyawan peserta pengunjung wisatawan
  penumpang toko gerai outlet pabrik perusahaan umkm rumah proyek produk smartphone ponsel perangkat paket transaksi
  pelanggan pengguna nasabah mitra siswa mahasiswa dosis kapal pesawat ekor batang lembar kotak botol sku stasiun
  spklu spbu lokasi cabang kantor varian investor diler dealer baterai chip keluarga desa sekolah kontainer teu
  eksemplar akun aplikasi titik bus truk armada tenant merchant startup warga penduduk jiwa porsi kamar kursi
  kilo megaton gt tersangka mesin bph bopd mmscfd m3 m³ m² kl gb tb mbps gbps asn pns wna wni tki pmi bumn bumd ukm ikm kpm atm bpr `.split(
    /\s+/,
  ),
);

/**
 * Two-word units as written, lower-cased ("sepeda motor", "rumah sakit"). `head *` marks a head that counts nothing
 * on its own and takes any everyday noun after it ("ruang kelas", "penerima manfaat", "pelaku UMKM", "juru parkir",
 * "pusat data", "pemberi kerja", "calon pembeli"); a head that is whole alone ("kantor layanan", "pengemudi ojek")
 * takes only its listed pairs: terms whose head alone names another thing ("bank sampah" is no bank, "rumah walet"
 * no home, "gross" no unit, "mil laut" a longer mile), a widely known term ("kode QR") or a legal class of business
 * ("usaha kecil"). "wet metric" and "dry metric" take "ton" after them, as "base transceiver" takes "station".
 */
export const UNIT_PAIRS = new Set(
  `sepeda motor,tenaga *,fasilitas kesehatan,lapangan kerja,kepala keluarga,basis poin,poin persentase,wajib pajak,
  perwakilan dagang,base transceiver,meter persegi,meter kubik,kilometer persegi,rumah tangga,rumah sakit,
  rumah walet,bank sampah,kantor pos,kantor desa,rest area,anak usaha,usaha kecil,anak perusahaan,ruang *,tempat *,
  satuan *,objek *,papan *,pelaku *,penerima *,penjamah *,juru *,pusat *,pemberi *,calon *,gross tonnage,mil laut,
  kode qr,metric ton,wet metric,dry metric`.split(/,\s*/),
);

/** Volume and distance units that a rate keeps ("500 liter per detik", "80 kilometer per jam"). */
export const RATE_UNITS = new Set('liter kiloliter m3 m³ kubik km kilometer'.split(' '));
