import { tokenize } from '../tokenize';
import { PhraseTrie } from '../trie';
import type { OrganizationKind } from '../types';

/**
 * Words that end a company name ("Co., Ltd", "Tbk", "Group", "Sekuritas"), as written; a brand's line of business
 * after it makes a company of its own ("Fitch Solutions" is not "Fitch Ratings", "Counterpoint Research"); a
 * celebrity's management ("Starline Entertainment") is one too.
 */
export const ORG_SUFFIXES = new Set(
  'Co Ltd Inc Corp Corporation Limited Group Hospital Hospitals Holdings GmbH AG LLC Plc Tbk Sekuritas Capital Ventures Technologies Company PJSC Airlines Airways Research Solutions Ratings Intelligence Insights Analytics IQ Coffee Consulting Advisory Institute Exchange Association Express Partners Motors Hotels Resort Resorts Logistics Centres Authority Mobility Materials Entertainment Organization Companies Berhad Agency Council Studios Records Pictures Rekan Bhd'.split(
    ' ',
  ),
);

/** Lower-case words after which a capitalised word names a company ("produsen BYD"); brands of products are not. */
export const ORG_CUES = new Set(
  'perusahaan produsen pabrikan emiten startup perseroan operator peritel distributor diler maskapai raksasa platform pengembang rintisan firma konsultan bank holding induk bumn lembaga pihak produksi klub'.split(
    ' ',
  ),
);

/**
 * Kinds of source whose author, not a person, is named right after them ("riset Snapcart mencatat", "Data BPS
 * menunjukkan"): a researcher or a company publishes data, a person is quoted.
 */
export const SOURCES = new Set('data sumber laporan survei riset catatan kajian'.split(' '));

/** Words that name a product's kind: the capitalised word after them is a brand ("induk merek Aqua, menyatakan"). */
export const PRODUCTS = new Set('merek merk produk brand aplikasi platform layanan'.split(' '));

/** Words that introduce the members of a list after a cue ("perusahaan lain, seperti Zenius dan Pahamify"). */
export const LIST_OPENERS = new Set('seperti termasuk'.split(' '));

const HEADS: Record<OrganizationKind, string> = {
  government:
    'Kementerian;Kemenko;Badan;Biro;Inspektorat;Inspektorat Jenderal;Itjen;Direktorat Jenderal;Ditjen;Direktorat;Dinas;Pemerintah Provinsi;Pemerintah Kabupaten;Pemerintah Kota;Pemprov;Pemkab;Pemkot;DPRD;Sekretariat;Kedutaan Besar;Kepolisian Daerah;Kepolisian Resor;Kepolisian Sektor;Unit Pelaksana Teknis;Unit Pelaksana Teknis Daerah;Polda;Polres;Polresta;Polrestabes;Polsek;Kodam;Korem;Kodim;Kejaksaan;Pengadilan;Mahkamah;Dewan;Satgas;Satuan Tugas;Satuan Kerja;Korps;Balai;Otorita;Otoritas;Pusat Riset;RSUD;RSUP;Kantor Imigrasi;Kantor Pertanahan;Kantor Pelayanan;Kantor Pengawasan;Kantor Kesyahbandaran;Kantor Syahbandar;Kantor Otoritas;Komite Nasional;Stasiun Meteorologi',
  other:
    'Universitas;Institut;Politeknik;Sekolah Tinggi;Asosiasi;Gabungan;Himpunan;Persatuan;Perkumpulan;Perhimpunan;Ikatan;Yayasan;Forum;Federasi;Konfederasi;Organisasi;Serikat;Koperasi;Kelompok Tani;Lembaga;Partai;Pusat Penelitian;Pusat Studi;Fakultas;Paguyuban',
  company: 'Bank;Grup;Rumah Sakit;RS;Dana Pensiun',
};

/** Head words that start an organisation's name, with the kind they give it. */
export const ORG_HEADS = new PhraseTrie<OrganizationKind>();
for (const kind of Object.keys(HEADS) as OrganizationKind[]) {
  for (const head of HEADS[kind].split(';'))
    ORG_HEADS.add(
      tokenize(head).tokens.map((t) => t.lower),
      kind,
    );
}
