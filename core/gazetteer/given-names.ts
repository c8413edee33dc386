/**
 * Common first names (Indonesian, Western) and Chinese, Korean and Japanese family names. A capitalised word from
 * this list marks where a person's name starts after a title and its field ("Menteri Keuangan Sri Mulyani").
 */
export const GIVEN_NAMES: string = `
Abdul Achmad Ade Adi Aditya Adhi Agung Agus Ahmad Airlangga Ali Amalia Amir Andi Andre Andreas Andy Anies Anindya
Anita Anton Ari Arief Arif Arifin Arya Asep Bahlil Bambang Bayu Benny Bima Boy Budi Budiman Cahyo Dadan Dani Darmawan
Dedi Dedy Denny Desi Dewi Dian Dimas Dodi Dwi Eko Edi Edy Eka Endang Erick Erik Erwin Evi Fadli Fahmi Faisal Fajar
Febrio Ferry Fitri Gibran Gita Hadi Hari Hartono Hasan Hendra Hendri Heru Ida Ikhsan Imam Indra Indah Intan Irfan Irwan
Iwan Joko Jokowi Juda Kartika Kurniawan Lukman Luhut Made Mahendra Maman Mardani Maria Mirza Moeldoko Muhammad Muhamad
Mulyadi Nanik Nadiem Nia Nur Nurul Oki Pahala Prabowo Pratikno Puan Putri Rachmat Rahmat Raja Ratna Reza Ridwan Rini
Rizal Rizky Rosan Rudi Rudy Sandiaga Sakti Setia Siti Slamet Sri Sugiono Suharso Sumarjono Supratman Susanto Susi
Syahrul Taufik Teguh Teten Tito Tri Tony Tommy Veronika Wahyu Wamildan Widodo Wisnu Yanti Yohanes Yudi Yusuf Zulkifli
Zulhas Adrian Alex Alexander Andrew Anthony Brian Charles Chris Christopher Daniel David Elon Emily Eric Frank George
Henry Jack James Jane Jason Jeff Jennifer Jensen Jim Jon John Joseph Kevin Lisa Mark Mary Michael Mike Nicholas Paul
Peter Richard Robert Ryan Sam Sarah Satya Scott Steve Steven Sundar Thomas Tim William Zhao Wang Li Zhang Liu Chen
Yang Huang Zhou Wu Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Lei Lu Tan Lim Lee Ng Ong Goh Kim Park Choi Jung Kang Cho Yoon
Putu Kadek Komang Ketut Wayan Nyoman Gede Ngurah Nengah Yusak Melissa Veronica Patrick Edward Alvin Donny Dony Hendro Djoko Yoga Roy Sutrisno Suryo Hermawan Gunawan Sinta Shinta Rosa Antonius Taufiq Firman Ilham Hilman Haris Nadia Bhima Tauhid Piter Faisol Didik Didi
Tanaka Takahashi Watanabe Ito Nakamura Kobayashi Yamamoto Sato Wentao Jun Ming Wei
`;
