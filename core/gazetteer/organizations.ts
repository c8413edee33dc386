import { frontDecode } from './front-coding';

/**
 * Well-known organisations, one line each: full name | acronyms and short forms (";"-separated). The lists are
 * front-coded (see front-coding.ts; ~250 B less gzip in the content script): the digit opening a line is
 * how many leading characters it shares with the line above, at most 9 (a unit test checks each is the longest
 * shared start); a name with a digit of its own stays apart.
 * A name written in capitals ("OJK") must appear in capitals; other names need capitalised words.
 * Each list is in alphabetical order: gzip packs shared beginnings better, and a duplicate shows up next to its twin.
 * A company found by its suffix ("… Group", "… Sekuritas", "… Airlines") needs no line unless it has a short form.
 */

/** State bodies besides ministries (those live in ministries.ts), front-coded (see the file's comment). */
export const GOVERNMENT_LINES: string = `\
0Badan Amil Zakat Nasional|Baznas\
6Ekonomi Kreatif|Bekraf\
6Gizi Nasional|BGN\
6Informasi Geospasial|BIG\
8telijen Negara|BIN\
6Karantina Indonesia|Barantin\
7eamanan Laut|Bakamla\
8bijakan Fiskal|BKF\
8pegawaian Negara|BKN\
9endudukan dan Keluarga Berencana Nasional|BKKBN\
7oordinasi Penanaman Modal|BKPM\
6Meteorologi, Klimatologi, dan Geofisika|BMKG\
6Narkotika Nasional|BNN\
8sional Penanggulangan Bencana|BNPB\
9ional Penanggulangan Terorisme|BNPT\
9ional Pencarian dan Pertolongan|Basarnas\
6Pangan Nasional|Bapanas\
7elaksana Otorita Labuan Bajo Flores|BPOLBF\
8meriksa Keuangan|BPK\
8ngatur Hilir Minyak dan Gas Bumi|BPH Migas\
9gawas Obat dan Makanan|BPOM\
9gawas Pemilihan Umum|Bawaslu\
9gawas Perdagangan Berjangka Komoditi|Bappebti\
9gawasan Keuangan dan Pembangunan|BPKP\
9gelola Dana Perkebunan|BPDP;BPDPKS\
9gelola Investasi Daya Anagata Nusantara|Danantara;BPI Danantara;Badan Pengelola Investasi Danantara;Danantara Indonesia\
9gelola Keuangan Haji|BPKH\
9gelola Tabungan Perumahan Rakyat|BP Tapera\
9gusahaan Batam|BP Batam\
9yelenggara Jaminan Sosial Kesehatan|BPJS Kesehatan\
9yelenggara Jaminan Sosial Ketenagakerjaan|BPJS Ketenagakerjaan\
9yelenggara Jaminan Produk Halal|BPJPH\
8rlindungan Konsumen Nasional|BPKN\
7usat Statistik|BPS\
6Reserse Kriminal|Bareskrim;Bareskrim Polri\
7iset dan Inovasi Nasional|BRIN\
6Siber dan Sandi Negara|BSSN\
7tandardisasi Nasional|BSN\
2nk Indonesia|BI\
5of Japan|BoJ\
5Sentral Eropa|ECB;European Central Bank\
0Dewan Ekonomi Nasional|DEN\
6Pengupahan Nasional|Depenas\
8rwakilan Daerah|DPD\
9wakilan Rakyat|DPR;DPR RI\
9wakilan Rakyat Daerah\
1irektorat Jenderal Bea dan Cukai|DJBC;Bea Cukai\
9t Jenderal Pajak|DJP\
0Federal Reserve|The Fed\
0General Administration of Customs of China|GACC\
0Indonesian Trade Promotion Center|ITPC\
0Jabatan Kemajuan Islam Malaysia|JAKIM\
2pan External Trade Organization|JETRO\
6International Cooperation Agency|JICA\
0Kantor Komunikasi Kepresidenan|PCO\
7Staf Presiden|KSP\
8yahbandar dan Otoritas Pelabuhan|KSOP\
1edutaan Besar Republik Indonesia|KBRI\
2jaksaan Agung|Kejagung\
2polisian Daerah Metro Jaya|Polda Metro Jaya\
9n Negara Republik Indonesia|Polri\
1omisi Nasional Hak Asasi Manusia|Komnas HAM\
7Pemberantasan Korupsi|KPK\
9milihan Umum|KPU\
9ngawas Persaingan Usaha|KPPU\
9nyiaran Indonesia|KPI\
9rlindungan Anak Indonesia|KPAI\
7Yudisial|KY\
4te Nasional Ekonomi dan Keuangan Syariah|KNEKS\
7Stabilitas Sistem Keuangan|KSSK\
2nsulat Jenderal Republik Indonesia|KJRI\
2rea Trade-Investment Promotion Agency|KOTRA\
3ps Lalu Lintas|Korlantas;Korlantas Polri\
0Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah|LKPP\
9etahanan Nasional|Lemhannas\
8Pembiayaan Ekspor Indonesia|LPEI;Indonesia Eximbank\
9enjamin Simpanan|LPS\
0Mahkamah Agung\
9Konstitusi\
2jelis Permusyawaratan Rakyat|MPR\
0Ombudsman Republik Indonesia|Ombudsman;Ombudsman RI\
1torita Ibu Kota Nusantara|OIKN\
7s Jasa Keuangan|OJK\
0Pemerintah Indonesia\
9h Provinsi DKI Jakarta|Pemprov DKI;Pemprov DKI Jakarta\
2ople's Bank of China|PBoC\
1usat Pelaporan dan Analisis Transaksi Keuangan|PPATK\
0Satuan Kerja Khusus Pelaksana Kegiatan Usaha Hulu Minyak dan Gas Bumi|SKK Migas\
1ekretariat Kabinet|Setkab\
9at Negara|Setneg\
0Tentara Nasional Indonesia|TNI\
1NI Angkatan Darat|TNI AD\
9tan Laut|TNI AL\
9tan Udara|TNI AU`;

/** The state bodies, decoded, and the one name with a digit of its own. */
export const GOVERNMENT: readonly string[] = [
  ...frontDecode(GOVERNMENT_LINES),
  'Badan Pelindungan Pekerja Migran Indonesia|BP2MI',
];

/** Companies and brands acting as companies, front-coded (see the file's comment). */
export const COMPANY_LINES: string = `\
0Abu Dhabi Future Energy Company PJSC|Masdar\
1ccor\
2e Hardware\
3r\
1daro\
2hi Karya\
2idas\
3ra Finance\
2van\
1eon\
1goda\
2ung Podomoro\
1irAsia\
1jaib\
2inomoto\
1kulaku\
1lam Sutera\
2famidi\
2ibaba\
3pay\
2lianz\
3o Bank\
2odokter\
2va\
1martha\
3zon\
2man Mineral\
1neka Tambang|Antam\
2gkasa Pura\
2t International\
1pple\
1SDP\
1skrindo\
2tra Honda Motor|AHM\
6Otoparts\
2us\
1udi\
1viasi Pariwisata Indonesia|InJourney\
1XA Mandiri\
0BAIC\
0bank bjb|BJB\
0Bank Danamon|Danamon\
5Muamalat|Muamalat\
2rito Pacific\
2tik Air\
1FI Finance\
1ibit\
2o Farma\
2znet\
1libli\
2oomberg\
2ue Bird|Bluebird\
1MW\
1oston Consulting Group|BCG\
1rantas Abipraya\
1TPN\
1ukalapak\
3it Asam\
2mi Resources\
2rger King\
3sa Efek Indonesia|BEI\
1YD\
1yteDance\
0Canalys\
3on\
1ATL\
1handra Asri\
4gan\
3roen Pokphand\
3time\
2ery\
5 Sales Indonesia\
3vron\
1IMB Niaga\
1imory\
2putra\
7 Development\
2tibank|Citi\
4link\
3roen\
1oca-Cola\
0Daihatsu\
3kin\
2mri\
1ANA\
1anareksa\
3one\
1BS\
1eepSeek\
2loitte\
2xa Medica\
1FSK\
1irgantara Indonesia|PTDI\
1jarum\
1OKU\
0eFishery\
0Emirates\
2tek\
1pson\
1rafone\
3jaya\
1s Teh Indonesia\
1uromonitor International|Euromonitor\
1xxonMobil\
0Fitch Ratings|Fitch\
1lip\
1ord\
2ton\
2xconn\
1reeport Indonesia\
2isian Flag\
0GAC Aion|Aion\
1artner\
3uda Indonesia\
6food\
1eely\
2sits\
1IC\
1MF AeroAsia\
1ojek\
2ldman Sachs\
2ogle\
2Pay\
2To\
1rab\
2eat Wall Motor\
3e\
1udang Garam\
0Halodoc\
2rum Energy\
2val\
1ino\
2sense\
1M Sampoerna\
1okBen\
2lding Ultra Mikro|Holding UMi;UMi\
2me Credit\
2nda\
5 Prospect Motor\
1SBC\
1uawei\
2tama Karya\
1ypermart\
2undai\
7 Motor Manufacturing Indonesia|HMMI\
0iBox\
0ID FOOD\
2C\
1KEA\
1nalum\
2dika Energy\
3ocement\
4dax\
4farma\
5ood\
8 CBP|ICBP\
9Sukses Makmur\
4mobil\
4nesia Financial Group|IFG\
9 Morowali Industrial Park|IMIP\
4sat Ooredoo Hutchison|Indosat\
5iar\
0inDrive\
0Industri Kereta Api|INKA\
2finix\
2Journey Airports\
2tel\
1psos\
1suzu\
1tel\
2ochu\
0J.CO\
1akpat\
2mkrindo\
2nji Jiwa\
2pfa\
2sa Marga\
5Raharja\
1D.ID\
1enius Bank\
1PMorgan\
0KAI Commuter\
1albe\
5 Farma\
2ntar\
2pal Api\
2tadata\
8 Insight Center\
2wasaki\
1ereta Api Indonesia|KAI\
7Cepat Indonesia China|KCIC\
1ia\
2mia Farma\
1liring Penjaminan Efek Indonesia|KPEI\
1oinWorks\
2mpas Gramedia\
2pi Kenangan\
1PMG\
1rakatau Steel\
2edivo\
1ustodian Sentral Efek Indonesia|KSEI\
0L'Oreal\
1awson\
2zada\
1eapmotor\
2novo\
2xus\
1G Electronics|LG\
4nergy Solution|LGES\
1inkAja\
2on Air\
2ppo\
5 Karawaci\
1otte\
0Manulife\
2rriott International|Marriott\
3tha Tilaar\
3ubeni\
2stercard\
2tahari\
2xim\
2ybank Indonesia\
3ora\
6 Indah\
2zda\
1cDonald's\
2Kinsey\
1edco\
2rcedes-Benz\
3deka Copper Gold\
2ta\
1G Motor\
1icrosoft\
2dea\
3trans\
2e Gacoan\
1IND ID\
1iniso\
2rae Asset\
2tra Adiperkasa|MAP\
6Keluarga\
3subishi\
9i Fuso|Fuso\
5i\
2xue\
1oody's\
1RT Jakarta\
1usim Mas\
3tika Ratu\
1yRepublic\
0Nestle\
2ta\
3flix\
1ielsen\
2ke\
3kei Asia\
2ssan\
1IU\
1vidia\
0OCBC\
1penAI\
2po\
1rang Tua Group|OT Group\
1VO\
0Pakuwon\
2nasonic\
2ragon Technology and Innovation|Paragon\
1egadaian\
2labuhan Indonesia|Pelindo\
3ita Air\
3ni\
2psiCo\
2rkebunan Nusantara|PTPN\
3modalan Nasional Madani|PNM\
3tamina Geothermal Energy|PGE\
9 Hulu Energi|PHE\
9 International Shipping|PIS\
9 Patra Niaga\
3um Bulog|Bulog\
5nas\
4ri\
4sahaan Gas Negara|PGN\
2trokimia Gresik\
2ugeot\
1iaggio\
2ndad\
2zza Hut\
1LN Energi Primer Indonesia|PLN EPI\
4Indonesia Power\
4Nusantara Power\
1olytron\
2pulix\
2rsche\
2s Indonesia\
1rocter & Gamble|P&G\
2udential\
1T Astra International Tbk|Astra;Astra International\
3Bank Central Asia Tbk|BCA;Bank Central Asia\
8Mandiri (Persero) Tbk|Bank Mandiri\
8Negara Indonesia (Persero) Tbk|BNI;Bank Negara Indonesia\
8Rakyat Indonesia (Persero) Tbk|BRI;Bank Rakyat Indonesia\
8Syariah Indonesia Tbk|BSI;Bank Syariah Indonesia\
8Tabungan Negara (Persero) Tbk|BTN;Bank Tabungan Negara\
3Indomarco Prismatama|Indomaret\
3Pertamina (Persero)|Pertamina\
4LN (Persero)|PLN\
3Sumber Alfaria Trijaya Tbk|Alfamart;AMRT\
3Telkom Indonesia (Persero) Tbk|Telkom\
1upuk Indonesia\
6Kalimantan Timur|Pupuk Kaltim\
2radelta Lestari\
1wC\
0Qualcomm\
0Rakuten\
1ealme\
2nault\
2uters\
1icheese Factory\
1uangguru\
0Salim Group|Grup Salim\
2mpoerna\
3sung\
7 Electronics\
2rinah\
2yurbox\
1eaBank\
2lis\
2men Indonesia|SIG\
6Padang\
2quoia\
1harp\
2ein\
3ll\
2opee\
6Pay\
1ido Muncul\
2loam Hospitals|Siloam\
2nar Mas\
9 Land\
1martfren\
1oftBank\
2laria\
2ny\
2sro\
1potify\
1tandard Chartered\
3rbucks\
2ellantis\
2ockbit\
1ucofindo\
2mitomo\
3marecon\
2perindo\
2zuki\
0Taspen\
1CL\
1ecno\
2lkomsel\
2masek\
3po Scan\
3u\
2ncent\
2sla\
1iket.com\
3Tok\
6 Shop\
2mah\
1okopedia\
2shiba\
2yota\
1ransjakarta\
5mart\
5sion\
3veloka\
1singshan\
1SMC\
1VS\
0Ultrajaya\
1nilever\
3qlo\
3ted Tractors\
1OB\
0Vale Indonesia\
1iar\
2dio\
2nFast\
2sa\
0vivo\
0Volkswagen\
3vo\
0Waskita Karya\
1eChat Pay\
2stern Union\
1ijaya Karya|Wika\
2lmar\
2ngs Group|Wings\
1uling\
6 Motors\
0Xendit\
1iaomi\
1L Axiata|XL\
2Smart\
1peng\
0Yadea\
2kult\
2maha`;

/** The companies, decoded, and the one name with a digit of its own. */
export const COMPANIES: readonly string[] = [...frontDecode(COMPANY_LINES), 'Mitra10'];

/** Associations, universities, research bodies and international organisations, front-coded. */
export const OTHER_LINES: string = `\
0American Chamber of Commerce in Indonesia|AmCham Indonesia;AmCham\
1sia-Pacific Economic Cooperation|APEC\
4n Development Bank|ADB\
6Infrastructure Investment Bank|AIIB\
2osiasi Asuransi Jiwa Indonesia|AAJI\
9Asuransi Umum Indonesia|AAUI\
9E-Commerce Indonesia|idEA\
9Emiten Indonesia|AEI\
9Fintech Indonesia|Aftech\
9Fintech Pendanaan Bersama Indonesia|AFPI\
9Industri Olefin, Aromatik, dan Plastik Indonesia|Inaplas\
9Industri Sepeda Motor Indonesia|AISI\
9Industri Sepeda Motor Listrik Indonesia|Aismoli\
9Penambang Nikel Indonesia|APNI\
9Pengelola Pusat Belanja Indonesia|APPBI\
9Pengembang Perumahan dan Permukiman Seluruh Indonesia|Apersi\
9Pengusaha Hutan Indonesia|APHI\
9Pengusaha Indonesia|Apindo\
9Pengusaha Ritel Indonesia|Aprindo\
9Pengusaha Truk Indonesia|Aptrindo\
9Penyelenggara Jasa Internet Indonesia|APJII\
9Penyelenggara Telekomunikasi Seluruh Indonesia|ATSI\
9Persepatuan Indonesia|Aprisindo\
9Perusahaan Pembiayaan Indonesia|APPI\
9Perusahaan Perjalanan Wisata Indonesia|Asita\
9Produsen Listrik Swasta Indonesia|APLSI\
9Semen Indonesia|ASI\
9Sistem Pembayaran Indonesia|ASPI\
2sociation of Southeast Asian Nations|ASEAN\
0Bank Dunia|World Bank\
5for International Settlements|BIS\
1RICS\
0Center of Economic and Law Studies|Celios\
9 Reform on Economics|CORE Indonesia\
4re for Indonesian Policy Studies|CIPS\
9r Strategic and International Studies|CSIS;Center for Strategic and International Studies\
0Fakultas Ekonomi dan Bisnis Universitas Indonesia|FEB UI\
1ood and Agriculture Organization|FAO\
0Gabungan Industri Kendaraan Bermotor Indonesia|Gaikindo\
9Pelaksana Konstruksi Nasional Indonesia|Gapensi\
9Pengusaha Ekspor Indonesia|GPEI\
9Pengusaha Kelapa Sawit Indonesia|Gapki\
9Pengusaha Makanan dan Minuman Indonesia|Gapmmi\
9Perserikatan Pabrik Rokok Indonesia|Gappri\
0Himpunan Bank Milik Negara|Himbara\
9Kerukunan Tani Indonesia|HKTI\
9Pengusaha Muda Indonesia|Hipmi\
9Penyewa dan Peritel Indonesia|Hippindo\
0Ikatan Akuntan Indonesia|IAI\
7Dokter Indonesia|IDI\
7Pedagang Pasar Indonesia|Ikappi\
9nerbit Indonesia|Ikapi\
7Sarjana Ekonomi Indonesia|ISEI\
7Wanita Pengusaha Indonesia|IWAPI\
1ndonesia Battery Corporation|IBC\
9 National Air Carriers Association|INACA\
9n Mining Association|IMA\
2stitut Pertanian Bogor|IPB;IPB University\
9Teknologi Bandung|ITB\
9Teknologi Sepuluh Nopember|ITS\
8e for Development of Economics and Finance|Indef\
9 for Essential Services Reform|IESR\
2ternational Energy Agency|IEA\
9onal Finance Corporation|IFC\
9onal Labour Organization|ILO\
9onal Monetary Fund|IMF;Dana Moneter Internasional\
1slamic Development Bank|IsDB\
0Kamar Dagang dan Industri Indonesia|Kadin;Kadin Indonesia;Kamar Dagang dan Industri\
1omite Olahraga Nasional Indonesia|KONI\
9impiade Indonesia|KOI\
2nfederasi Serikat Pekerja Indonesia|KSPI\
9si Serikat Pekerja Seluruh Indonesia|KSPSI\
0Lembaga Demografi\
8Penyelidikan Ekonomi dan Masyarakat|LPEM;LPEM FEB UI\
8Survei Indonesia|LSI\
0Majelis Ulama Indonesia|MUI\
2syarakat Ekonomi Syariah|MES\
1uhammadiyah\
0Nahdlatul Ulama|NU\
0OPEC\
1rganisasi Angkutan Darat|Organda\
8tion for Economic Co-operation and Development|OECD\
0Partai Amanat Nasional|PAN\
7Demokrat|Demokrat\
7Gerindra|Gerindra\
8olkar|Golkar;Partai Golongan Karya\
7Keadilan Sejahtera|PKS\
9bangkitan Bangsa|PKB\
7NasDem|NasDem\
7Persatuan Pembangunan|PPP\
7Solidaritas Indonesia|PSI\
1DI Perjuangan|PDIP;PDI-P\
1erhimpunan Bank Nasional|Perbanas\
9an Hotel dan Restoran Indonesia|PHRI\
3kumpulan Industri Kendaraan Listrik Indonesia|Periklindo\
3satuan Sepak Bola Seluruh Indonesia|PSSI\
9 Wartawan Indonesia|PWI\
4erikatan Bangsa-Bangsa|PBB;United Nations\
0Real Estat Indonesia|REI\
0SMERU Research Institute|SMERU\
0Telkom University|Tel-U\
0UNDP\
2ESCO\
1ni Eropa|European Union;EU\
1NICEF\
1niversitas Airlangga|Unair\
9as Bina Nusantara|Binus;Binus University\
9as Diponegoro|Undip\
9as Gadjah Mada|UGM\
9as Hasanuddin|Unhas\
9as Indonesia|UI\
9as Padjadjaran|Unpad\
9as Pelita Harapan|UPH\
9as Prasetiya Mulya|Prasetiya Mulya;Prasmul\
9as Sebelas Maret|UNS\
0World Economic Forum|WEF\
6Health Organization|WHO;Organisasi Kesehatan Dunia\
6Trade Organization|WTO;Organisasi Perdagangan Dunia\
0Yayasan Lembaga Konsumen Indonesia|YLKI`;

/** The other bodies, decoded. */
export const OTHER: readonly string[] = frontDecode(OTHER_LINES);
