/**
 * Common first names (Indonesian, Western) and Chinese, Korean and Japanese family names. A capitalised word from
 * this list marks where a person's name starts after a title and its field ("Menteri Keuangan Sri Mulyani").
 * In alphabetical order (gzip packs shared beginnings better, and a duplicate shows up next to its twin); each line
 * ends in a blank and a line continuation, so the string holds one blank between words and no line breaks, which
 * gzip also packs better.
 */
export const GIVEN_NAMES: string = `\
Abdul Achmad Ade Adhi Adi Aditya Adrian Agung Agus Ahmad Airlangga Alex Alexander Ali Alvin Amalia Amir Andi Andre \
Andreas Andrew Andy Anies Anindya Anita Anthony Anton Antonius Ari Arief Arif Arifin Arya Asep Bahlil Bambang Bayu \
Benny Bhima Bima Boy Brian Budi Budiman Cahyo Charles Chen Cho Choi Chris Christopher Dadan Dani Daniel Darmawan \
David Dedi Dedy Denny Desi Dewi Dian Didi Didik Dimas Djoko Dodi Donny Dony Dwi Edi Edward Edy Eka Eko Elon Emily \
Endang Eric Erick Erik Erwin Evi Fadli Fahmi Faisal Faisol Fajar Febrio Ferry Firman Fitri Frank Gao Gede George \
Gibran Gita Goh Gunawan Guo Hadi Hari Haris Hartono Hasan He Hendra Hendri Hendro Henry Hermawan Heru Hilman Hu \
Huang Ida Ikhsan Ilham Imam Indah Indra Intan Irfan Irwan Ito Iwan Jack James Jane Jason Jeff Jennifer Jensen Jim \
John Joko Jokowi Jon Joseph Juda Jun Jung Kadek Kang Kartika Ketut Kevin Kim Kobayashi Komang Kurniawan Lee Lei Li \
Lim Lin Lisa Liu Lu Luhut Lukman Luo Ma Made Mahendra Maman Mardani Maria Mark Mary Melissa Michael Mike Ming \
Mirza Moeldoko Muhamad Muhammad Mulyadi Nadia Nadiem Nakamura Nanik Nengah Ng Ngurah Nia Nicholas Nur Nurul Nyoman \
Oki Ong Pahala Park Patrick Paul Peter Piter Prabowo Pratikno Puan Putri Putu Rachmat Rahmat Raja Ratna Reza \
Richard Ridwan Rini Rizal Rizky Robert Rosa Rosan Roy Rudi Rudy Ryan Sakti Sam Sandiaga Sarah Sato Satya Scott \
Setia Shinta Sinta Siti Slamet Sri Steve Steven Sugiono Suharso Sumarjono Sun Sundar Supratman Suryo Susanto Susi \
Sutrisno Syahrul Takahashi Tan Tanaka Taufik Taufiq Tauhid Teguh Teten Thomas Tim Tito Tommy Tony Tri Veronica \
Veronika Wahyu Wamildan Wang Watanabe Wayan Wei Wentao Widodo William Wisnu Wu Xu Yamamoto Yang Yanti Yoga Yohanes \
Yoon Yudi Yusak Yusuf Zhang Zhao Zhou Zhu Zulhas Zulkifli`;
