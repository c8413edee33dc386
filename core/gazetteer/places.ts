import { frontDecode } from './front-coding';

/**
 * Places, one line each: name | other forms (";"-separated). Provinces, cities and regencies, islands, regions,
 * countries and a few foreign cities, in Indonesian spelling, in alphabetical order (gzip packs shared beginnings
 * better, and a duplicate shows up next to its twin). Front-coded (see front-coding.ts; ~180 B less gzip in the
 * content script): the digit opening a line is how many leading characters it shares with the line above, at most
 * 9; a unit test checks that every digit is the longest shared start.
 */
export const PLACE_LINES: string = `\
0Aceh\
1frika Selatan\
6\
1mbon\
2erika\
7 Latin\
8Serikat|AS\
1rab Saudi\
1sia\
4 Pasifik|Asia-Pacific\
5Tenggara|Southeast Asia\
1ustralia\
0Badung\
2likpapan\
4|Pulau Dewata\
2nda Aceh\
5r Lampung\
4ung\
7 Barat\
3jarbaru\
6masin\
3ten\
4ul\
3yumas\
5wangi\
2tam\
4ng\
1eijing\
2kasi\
2landa\
3itung\
2ngkulu\
2rau\
1ima\
2ntan\
2tung\
1litar\
1ogor\
2ne\
3tang\
2yolali\
1rasil\
2unei Darussalam|Brunei\
1ukittinggi\
2lukumba\
0China|Tiongkok;Cina;RRT\
1ianjur\
2kampek\
4rang\
2lacap\
3egon\
2mahi\
2rebon\
0Daerah Istimewa Yogyakarta|DIY\
1emak\
2npasar\
2pok\
1I Yogyakarta|Yogyakarta;Jogja;Yogya\
1KI Jakarta|Jakarta\
1umai\
0Ende\
1thiopia|Etiopia\
1ropa\
0Filipina\
1lores\
0Garut\
1ianyar\
1orontalo\
1resik\
0Halmahera\
9 Tengah\
9 Timur\
2ngzhou\
1ong Kong\
0Ibu Kota Nusantara|IKN\
1ndia\
3onesia\
3ramayu\
2ggris\
1ran\
1srael\
1talia\
0Jabodetabek\
2karta Barat|Jakbar\
8Pusat|Jakpus\
8Selatan|Jaksel\
8Timur|Jaktim\
8Utara|Jakut\
2mbi\
2wa Barat|Jabar\
5Tengah|Jateng\
6imur|Jatim\
4\
2yapura\
1ember\
2pang|Japan\
4ra\
2rman\
0Kalimantan Barat|Kalbar\
9n Selatan|Kalsel\
9n Tengah|Kalteng\
9n Timur|Kaltim\
9n Utara|Kaltara\
9n\
2nada\
2ranganyar\
4wang\
1ediri\
2ndal\
5ri\
3ya\
2pulauan Bangka Belitung|Bangka Belitung;Babel\
9 Riau|Kepri\
9 Seribu\
1laten\
1olaka\
2nawe\
2rea\
5 Selatan|Korsel\
6Utara\
1uala Lumpur\
2dus\
2pang\
2ta\
4i Kartanegara\
0Labuan Bajo\
2mongan\
3pung\
1ebak\
1hokseumawe\
1ombok\
2ndon\
1umajang\
0Madiun\
3ura\
2gelang\
2jalengka\
2kassar\
3kah|Mekkah\
2lang\
4ysia\
3uku\
6 Utara|Malut\
2muju\
2nado\
3dalika\
3ggarai Barat\
3okwari\
2ros\
2taram\
1edan\
2rauke\
2sir\
2tro Jaya\
1imika\
1ojokerto\
2rowali\
0Nabire\
2irobi\
2tuna\
1ew York\
1usa Dua\
5Tenggara\
9gara Barat|NTB\
9gara Timur|NTT\
0Osaka\
0Padang\
2kistan\
2langka Raya\
3embang\
3u\
2ndeglang\
3gandaran\
4kalpinang\
2pua\
5 Barat\
9at Daya\
6Pegunungan\
6Selatan\
6Tengah\
2repare\
2suruan\
1ekalongan\
4nbaru\
2najam Paser Utara\
1ontianak\
1rancis|Perancis\
2obolinggo\
1urwakarta\
4okerto\
0Raja Ampat\
1embang\
1iau\
1usia\
0Sabang\
2latiga\
2marinda\
3osir\
3pit\
1emarang\
2nayan\
2rang\
1hanghai\
2enzhen\
1iak\
2doarjo\
2ngapura|Singapore\
4kawang\
1leman\
1olo|Surakarta\
2rong\
1panyol\
1ragen\
1ubang\
2kabumi\
2lawesi\
8 Barat|Sulbar\
9Selatan|Sulsel\
9Tengah|Sulteng\
9Tenggara|Sultra\
9Utara|Sulut\
2matera Barat|Sumbar;Sumatra Barat\
9Selatan|Sumsel;Sumatra Selatan\
9Utara|Sumut;Sumatra Utara\
8|Sumatra\
3ba\
5wa\
2rabaya\
0Taiwan\
2ngerang\
9 Selatan\
3jung Pinang\
2rakan\
2sikmalaya\
1egal\
2rnate\
1hailand\
1imika\
3or Leste\
3ur Tengah\
1oba\
2kyo\
2mohon\
2raja\
1uban\
2lungagung\
2rki\
0Ubud\
1ganda\
1ni Emirat Arab|UEA;UAE\
0Vietnam\
0Wakatobi\
2shington`;

/** The places, decoded. */
export const PLACES: readonly string[] = frontDecode(PLACE_LINES);
