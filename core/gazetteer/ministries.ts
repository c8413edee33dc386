import { frontDecode } from './front-coding';

/**
 * Indonesian ministries, one line each: full name | acronyms | minister's title | the title's abbreviations.
 * An empty minister's title is the name with "Kementerian" read "Menteri" (one copy of the portfolio per line).
 * The vice minister's title and abbreviations are derived ("Wakil Menteri …", "Wamen…"). Front-coded like the
 * other gazetteers (see organizations.ts); a line with a digit of its own stays apart.
 */
export const MINISTRY_LINES: string = `\
0Kementerian Koordinator Bidang Perekonomian|Kemenko Perekonomian;Kemenko Ekon||Menko Perekonomian;Menko Bidang Perekonomian;Menko Ekon;Menteri Koordinator Perekonomian\
9an Koordinator Bidang Politik dan Keamanan|Kemenko Polkam||Menko Polkam\
9an Koordinator Bidang Pangan|Kemenko Pangan||Menko Pangan\
9an Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan|Kemenko IPK||Menko IPK;Menko Infrastruktur\
9an Koordinator Bidang Pembangunan Manusia dan Kebudayaan|Kemenko PMK||Menko PMK\
9an Koordinator Bidang Pemberdayaan Masyarakat|Kemenko PM||Menko PM\
9an Koordinator Bidang Kemaritiman dan Investasi|Kemenko Marves||Menko Marves\
9an Perindustrian|Kemenperin||Menperin\
9an Perdagangan|Kemendag||Mendag\
9an Keuangan|Kemenkeu||Menkeu\
9an Badan Usaha Milik Negara|Kementerian BUMN;Kemen BUMN||Menteri BUMN\
9an Investasi dan Hilirisasi|Kementerian Investasi||Menteri Investasi\
9an Energi dan Sumber Daya Mineral|Kementerian ESDM;KESDM||Menteri ESDM\
9an Komunikasi dan Digital|Komdigi;Kemkomdigi||Menkomdigi\
9an Komunikasi dan Informatika|Kominfo;Kemenkominfo||Menkominfo\
9an Pertanian|Kementan||Mentan\
9an Kesehatan|Kemenkes||Menkes\
9an Pendidikan Dasar dan Menengah|Kemendikdasmen||Mendikdasmen\
9an Pendidikan Tinggi, Sains, dan Teknologi|Kemendiktisaintek||Mendiktisaintek\
9an Luar Negeri|Kemenlu;Kemlu||Menlu\
9an Dalam Negeri|Kemendagri||Mendagri\
9an Pertahanan|Kemhan;Kemenhan||Menhan\
9an Perhubungan|Kemenhub||Menhub\
9an Pekerjaan Umum|Kementerian PU||Menteri PU\
9an Pekerjaan Umum dan Perumahan Rakyat|Kementerian PUPR||Menteri PUPR\
9an Pariwisata|Kemenpar||Menpar\
9an Pariwisata dan Ekonomi Kreatif|Kemenparekraf||Menparekraf\
9an Ekonomi Kreatif|Kemenekraf||Menekraf\
9an Koperasi|Kemenkop||Menkop\
9an Koperasi dan UKM|KemenKopUKM;Kemenkop UKM;Kementerian Koperasi dan Usaha Kecil dan Menengah||MenKopUKM;Menkop UKM;Menkop dan UKM\
9an Usaha Mikro, Kecil, dan Menengah|Kementerian UMKM||Menteri UMKM\
9an Ketenagakerjaan|Kemnaker;Kemenaker||Menaker\
9an Sosial|Kemensos||Mensos\
9an Agama|Kemenag||Menag\
9an Hukum|Kemenkum||Menkum\
9an Hukum dan Hak Asasi Manusia|Kemenkumham||Menkumham\
9an Lingkungan Hidup|KLH||Menteri LH\
9an Lingkungan Hidup dan Kehutanan|KLHK||Menteri LHK\
9an Kehutanan|Kemenhut||Menhut\
9an Kelautan dan Perikanan|KKP||Menteri KP\
9an Agraria dan Tata Ruang|Kementerian ATR||Menteri ATR\
9an Sekretariat Negara|Kemensetneg|Menteri Sekretaris Negara|Mensesneg\
9an Pendayagunaan Aparatur Negara dan Reformasi Birokrasi|KemenPAN-RB||MenPAN-RB\
9an Perencanaan Pembangunan Nasional|Bappenas||Menteri PPN\
9an Pemuda dan Olahraga|Kemenpora||Menpora\
9an Desa dan Pembangunan Daerah Tertinggal|Kemendes;Kemendes PDT||Mendes;Mendes PDT\
9an Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi|Kemendes PDTT||Mendes PDTT\
9an Perumahan dan Kawasan Permukiman|Kementerian PKP||Menteri PKP\
9an Kebudayaan|Kemenbud||Menbud\
9an Pemberdayaan Perempuan dan Perlindungan Anak|KemenPPPA||Menteri PPPA\
9an Transmigrasi|Kementrans||Mentrans\
9an Imigrasi dan Pemasyarakatan|Kemenimipas||Menimipas\
9an Hak Asasi Manusia|KemenHAM||Menteri HAM\
9an Kependudukan dan Pembangunan Keluarga|Kemendukbangga||Mendukbangga\
9an Pendidikan, Kebudayaan, Riset, dan Teknologi|Kemendikbudristek||Mendikbudristek\
9an Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan|Kemenko Kumham Imipas||Menko Kumham Imipas;Menko Hukum`;

/** The ministries, decoded, and the one name with a digit of its own. */
export const MINISTRIES: readonly string[] = [
  ...frontDecode(MINISTRY_LINES),
  'Kementerian Pelindungan Pekerja Migran Indonesia|KP2MI||Menteri P2MI',
];
