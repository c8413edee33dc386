/**
 * Official and corporate titles. Each line: title as written | its expansion ("" when already full). Titles followed
 * by "+" take a complement (the field or body: "Menteri Perindustrian", "Kepala BPS"); a ">" in the expansion starts
 * the unit that the complement completes into the body ("Kapolda Jatim": "Kepala" of "Polda Jatim"). Three lists by status, so the
 * status is written once per list, not on each line (~20 B less gzip in the content script). Each list is one string,
 * one title a line (each but the last ends in a comma), in alphabetical order: gzip packs shared beginnings better
 * (~20 B less than arrays in the order of their posts), and a duplicate shows up next to its twin. Order does not
 * matter: every reader builds a set or a dictionary from the titles, and no two titles share a surface.
 */

/** Always a state position. */
const STATE_TITLES: readonly string[] = `\
AKBP|Ajun Komisaris Besar Polisi,\
Anggota DPD|+,\
Anggota DPRD|+,\
Anggota DPR|+,\
Anggota Komisi|+,\
Atase|+,\
Brigadir Jenderal,\
Brigjen|Brigadir Jenderal,\
Bupati|+,\
Camat|+,\
Dandim|Komandan>Kodim+,\
Danrem|Komandan>Korem+,\
Deputi Gubernur Senior|+,\
Deputi Gubernur|+,\
Hakim Anggota|+,\
Hakim Ketua|+,\
Direktur Jenderal|+,\
Direktur Reskrimsus|Direktur Reserse Kriminal Khusus+,\
Direktur Reskrimum|Direktur Reserse Kriminal Umum+,\
Dirjen|Direktur Jenderal+,\
Dirlantas|Direktur Lalu Lintas+,\
Dirreskrimsus|Direktur Reserse Kriminal Khusus+,\
Dirreskrimum|Direktur Reserse Kriminal Umum+,\
Dirresnarkoba|Direktur Reserse Narkoba+,\
Dirtipidsiber|Direktur Tindak Pidana Siber+,\
Dubes|Duta Besar+,\
Duta Besar|+,\
Gubernur|+,\
Inspektur Jenderal|+,\
Irjen|Inspektur Jenderal,\
Jaksa Agung,\
Jenderal,\
KSAD|Kepala Staf Angkatan Darat,\
KSAL|Kepala Staf Angkatan Laut,\
KSAU|Kepala Staf Angkatan Udara,\
Kabag|Kepala Bagian+,\
Kabareskrim|Kepala Bareskrim,\
Kabid Humas|Kepala Bidang Hubungan Masyarakat+,\
Kabid|Kepala Bidang+,\
Kadinkes|Kepala>Dinas Kesehatan+,\
Kadishub|Kepala>Dinas Perhubungan+,\
Kadis|Kepala>Dinas+,\
Kadiv Humas|Kepala Divisi Hubungan Masyarakat+,\
Kajari|Kepala>Kejaksaan Negeri+,\
Kajati|Kepala>Kejaksaan Tinggi+,\
Kakanwil|Kepala>Kantor Wilayah+,\
Kakorlantas|Kepala Korlantas,\
Kapolda|Kepala>Polda+,\
Kapolrestabes|Kepala>Polrestabes+,\
Kapolresta|Kepala>Polresta+,\
Kapolres|Kepala>Polres+,\
Kapolri|Kepala Polri,\
Kapolsek|Kepala>Polsek+,\
Kasat Lantas|Kepala Satuan Lalu Lintas+,\
Kasatlantas|Kepala Satuan Lalu Lintas+,\
Kasatreskrim|Kepala Satuan Reserse Kriminal+,\
Kasubdit|Kepala Subdirektorat+,\
Kepala Balai|+,\
Kepala Desa|+,\
Kepala Dinas|+,\
Kepala Staf Angkatan Darat|+,\
Ketua DPD|+,\
Ketua DPRD|+,\
Ketua DPR|+,\
Ketua Komisi|+,\
Ketua MPR|+,\
Ketua Majelis Hakim|+,\
Ketua Majelis Komisi|+,\
Kolonel,\
Komandan|+,\
Kombes|Komisaris Besar,\
Komjen|Komisaris Jenderal,\
Konsul Jenderal|+,\
Laksamana,\
Letjen|Letnan Jenderal,\
Letnan Jenderal,\
Lurah|+,\
Marsekal,\
Mayjen|Mayor Jenderal,\
Mayor Jenderal,\
Menko|Menteri Koordinator+,\
Menteri Koordinator|+,\
Menteri|+,\
Pangdam|Panglima>Kodam+,\
Panglima TNI,\
Panglima|+,\
Penjabat Bupati|+,\
Penjabat Gubernur|+,\
Penjabat Wali Kota|+,\
Perdana Menteri|+,\
Presiden|+,\
Sekda|Sekretaris Daerah+,\
Sekretaris Daerah|+,\
Sekretaris Kabinet,\
Seskab|Sekretaris Kabinet,\
Staf Ahli|+,\
Wabup|Wakil Bupati+,\
Wagub|Wakil Gubernur+,\
Wakapolda|Wakil Kepala>Polda+,\
Wakapolres|Wakil Kepala>Polres+,\
Wakapolri|Wakil Kepala Polri,\
Wakil Bupati|+,\
Wakil Gubernur|+,\
Wakil Ketua Komisi|+,\
Wakil Menteri|+,\
Wakil Presiden,\
Wakil Wali Kota|+,\
Wali Kota|+,\
Walikota|Wali Kota+,\
Wamen|Wakil Menteri+,\
Wapres|Wakil Presiden,\
Wawali|Wakil Wali Kota+`.split(',');

/** State or not as the affiliation's kind says. */
const DEPENDS_TITLES: readonly string[] = `\
Anggota Dewan Komisioner|+,\
Anggota|+,\
Asisten Deputi|+,\
Investigator|+,\
Asisten|+,\
Auditor|+,\
Bendahara Umum|+,\
Dekan|+,\
Deputi|+,\
Direktur|+,\
Investigator-in-Charge|+,\
Jubir|Juru Bicara+,\
Juru bicara|Juru Bicara+,\
Kepala Biro|+,\
Kepala Eksekutif|+,\
Kepala Kantor Perwakilan|+,\
Kepala|+,\
Ketua Dewan Komisioner|+,\
Ketua Harian|+,\
Ketua Umum|+,\
Ketua|+,\
Ketum|Ketua Umum+,\
Komisioner|+,\
Koordinator|+,\
Pemimpin|+,\
Pengurus Harian|+,\
Penyidik|+,\
Perwakilan|+,\
Rektor|+,\
Sekjen|Sekretaris Jenderal+,\
Sekretaris Jenderal|+,\
Sekretaris|+,\
Staf Khusus|+,\
Stafsus|Staf Khusus+,\
Wakil Kepala|+,\
Wakil Ketua|+`.split(',');

/** Never a state position. */
export const COMPANY_TITLES: readonly string[] = `\
Ahli|+,\
Aktor|+,\
Aktris|+,\
Analis|+,\
Artis|+,\
Atlet|+,\
Brand Ambassador|+,\
CEO|+,\
CFO|+,\
CMO|+,\
COO|+,\
CTO|+,\
Chairman|+,\
Chief Economist|+,\
Chief Executive Officer|+,\
Co-founder|+,\
Direktur Eksekutif|+,\
Direktur Keuangan|+,\
Direktur Operasional|+,\
Direktur Pemasaran|+,\
Direktur Penjualan|+,\
Direktur Utama|+,\
Dirut|Direktur Utama+,\
Dosen|+,\
Duta Merek|+,\
Ekonom|+,\
Founder|+,\
Guru besar|+,\
Influencer|+,\
Kepala Ekonom|+,\
Komisaris Utama|+,\
Komisaris|+,\
Konsultan|+,\
Kriminolog|+,\
Kreator Konten|+,\
Kuasa hukum|+,\
Manajer|+,\
Mitra|+,\
Nelayan|+,\
Pakar|+,\
Pedagang|+,\
Pelatih|+,\
Pemilik|+,\
Pendiri|+,\
Peneliti|+,\
Pengajar|+,\
Pengamat|+,\
Pengemudi|+,\
Pengrajin|+,\
Pengusaha|+,\
Penyanyi|+,\
Perajin|+,\
Petani|+,\
Praktisi|+,\
Presdir|Presiden Direktur+,\
Presiden Direktur|+,\
Presiden Komisaris|+,\
Sosiolog|+,\
Wakil Direktur Utama|+,\
Wakil Presiden Direktur|+`.split(',');

/** Every title as "title|expansion|status"; the status ("depends", "company") is left out for a state post. */
export const TITLES: readonly string[] = [
  ...STATE_TITLES,
  ...DEPENDS_TITLES.map((line) => `${line}|depends`),
  ...COMPANY_TITLES.map((line) => `${line}|company`),
];

/** Head words that end an English title ("Associate Government Affairs Director"); modifiers come before. */
export const ENGLISH_TITLE_HEADS: readonly string[] =
  'Director Manager Officer President Head Lead Chairman Chairwoman Founder Executive Specialist Partner Leader Representative Ambassador Attache Counsellor Counselor Secretary Advisor Adviser Analyst Economist Engineer Consultant Chief Owner Principal Treasurer Spokesperson SEVP EVP SVP VP'.split(
    ' ',
  );

/**
 * Police and military ranks, and the corps or force written after them ("Mayjen TNI", "Letkol Inf", "Irjen Pol."):
 * they precede a name like an honorific, and they end an office's field ("Pangdam Jaya | Mayjen TNI Rafael").
 */
export const RANKS: readonly string[] =
  'Jenderal Laksamana Marsekal Brigjen Irjen Komjen Kombes AKBP AKP Kompol Iptu Ipda Letjen Mayjen Kolonel Letkol Laksda Laksma Laksdya Marsda Marsma Marsdya Pol Purn Inf Kav Arm Czi Pnb'.split(
    ' ',
  );

/** Honorifics and academic prefixes that precede a name and are not part of it (ranks included). */
export const HONORIFICS: readonly string[] = [
  ...'Bapak Ibu Pak Bu Dr Prof Ir H Hj Drs Dra KH Mr Mrs Ms Sdr Saudara Saudari Tuan Nyonya dr drg drh apt Habib Ustaz Kiai Capt Miq Raden Eng Ing'.split(
    ' ',
  ),
  ...RANKS,
];
